using System.Text.RegularExpressions;

namespace Claimsmith.Billing;

/// <summary>
/// Simple, explainable rules that relate imported findings to diagnosis codes: abnormal lab
/// values that support a code family (glucose/HbA1c for diabetes E08-E13, hemoglobin for anemia
/// D50-D64, eGFR for CKD N18, TSH for thyroid E03/E05, LDL for E78, potassium and sodium for
/// E87), and imaging impressions that support or argue against fracture (S-codes in the x2
/// fracture categories) and pneumonia (J12-J18) codes. A hint points the coder at the chart; the
/// ICD-10-CM guidelines (I.B.14) still require the provider's documentation to assign a code.
/// </summary>
public static partial class EvidenceHints
{
    private static readonly string[] GlucoseLoinc = ["2345-7", "2339-0", "1558-6", "41653-7"];
    private static readonly string[] A1cLoinc = ["4548-4", "17856-6", "4549-2"];
    private static readonly string[] HemoglobinLoinc = ["718-7", "20509-6"];
    private static readonly string[] EgfrLoinc = ["33914-3", "48642-3", "48643-1", "62238-1", "69405-9"];
    private static readonly string[] TshLoinc = ["3016-3", "11580-8"];
    private static readonly string[] LdlLoinc = ["13457-7", "18262-6", "2089-1"];
    private static readonly string[] PotassiumLoinc = ["2823-3", "6298-4"];
    private static readonly string[] SodiumLoinc = ["2951-2", "2947-0"];

    /// <summary>The hints for each of <paramref name="codes"/> (ICD-10-CM, with or without the dot) from <paramref name="observations"/>.</summary>
    public static IReadOnlyList<EvidenceHint> For(IEnumerable<string> codes, IReadOnlyCollection<ClinicalObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(observations);
        var hints = new List<EvidenceHint>();
        foreach (var raw in codes.Distinct())
        {
            var code = raw.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
            foreach (var o in observations)
            {
                if (Hint(code, o) is { } hint)
                {
                    hints.Add(hint with { Code = raw });
                }
            }
        }

        return hints;
    }

    private static EvidenceHint? Hint(string code, ClinicalObservation o)
    {
        var high = o.Interpretation is AbnormalFlag.High or AbnormalFlag.CriticalHigh;
        var low = o.Interpretation is AbnormalFlag.Low or AbnormalFlag.CriticalLow;
        var value = o.NumericValue;
        EvidenceHint Make(EvidenceStance stance, string reason) => new(code, o.Id, stance, reason);
        string Shown() => $"{o.Display ?? o.Code} {o.Value}{(o.Unit is null ? "" : " " + o.Unit)}".Trim();

        if (o.Kind == ObservationKind.Condition && o.CodeSystem == "http://hl7.org/fhir/sid/icd-10-cm" &&
            o.Code.Replace(".", "", StringComparison.Ordinal).Equals(code, StringComparison.OrdinalIgnoreCase))
        {
            return Make(EvidenceStance.Supports, $"The sending system recorded {o.Code} ({o.Display}).");
        }

        if (o.Kind is ObservationKind.Laboratory or ObservationKind.Other && o.CodeSystem is "http://loinc.org" or "")
        {
            if (InRange(code, "E08", "E13"))
            {
                if (A1cLoinc.Contains(o.Code) && value is { } a1c)
                {
                    // ADA Standards of Care: HbA1c >= 6.5% is diagnostic of diabetes; < 5.7% is normal.
                    return a1c >= 6.5m ? Make(EvidenceStance.Supports, $"{Shown()}: HbA1c at or above 6.5% (diagnostic threshold).")
                        : a1c < 5.7m ? Make(EvidenceStance.Contradicts, $"{Shown()}: HbA1c in the normal range.") : null;
                }

                if (GlucoseLoinc.Contains(o.Code) && (high || value >= 200m))
                {
                    return Make(EvidenceStance.Supports, $"{Shown()}: glucose high.");
                }
            }

            if (InRange(code, "D50", "D64") && HemoglobinLoinc.Contains(o.Code))
            {
                return low ? Make(EvidenceStance.Supports, $"{Shown()}: hemoglobin low.") : o.Interpretation == AbnormalFlag.Normal ? Make(EvidenceStance.Contradicts, $"{Shown()}: hemoglobin normal.") : null;
            }

            if (code.StartsWith("N18", StringComparison.Ordinal) && EgfrLoinc.Contains(o.Code) && value is { } gfr)
            {
                // KDIGO: CKD stage 3 and beyond below 60 mL/min/1.73m2.
                return gfr < 60m ? Make(EvidenceStance.Supports, $"{Shown()}: eGFR below 60.") : gfr >= 90m ? Make(EvidenceStance.Contradicts, $"{Shown()}: eGFR 90 or above.") : null;
            }

            if (TshLoinc.Contains(o.Code) && (high || low))
            {
                if (code.StartsWith("E03", StringComparison.Ordinal))
                {
                    return high ? Make(EvidenceStance.Supports, $"{Shown()}: TSH high (hypothyroidism).") : Make(EvidenceStance.Contradicts, $"{Shown()}: TSH low.");
                }

                if (code.StartsWith("E05", StringComparison.Ordinal))
                {
                    return low ? Make(EvidenceStance.Supports, $"{Shown()}: TSH low (hyperthyroidism).") : Make(EvidenceStance.Contradicts, $"{Shown()}: TSH high.");
                }
            }

            if (code.StartsWith("E78", StringComparison.Ordinal) && LdlLoinc.Contains(o.Code) && high)
            {
                return Make(EvidenceStance.Supports, $"{Shown()}: LDL cholesterol high.");
            }

            if (PotassiumLoinc.Contains(o.Code) && (code == "E875" || code == "E876"))
            {
                return (code == "E875" && high) || (code == "E876" && low) ? Make(EvidenceStance.Supports, $"{Shown()}: potassium {(high ? "high" : "low")}.")
                    : o.Interpretation == AbnormalFlag.Normal ? Make(EvidenceStance.Contradicts, $"{Shown()}: potassium normal.") : null;
            }

            if (SodiumLoinc.Contains(o.Code) && (code == "E871" || code == "E870"))
            {
                return (code == "E871" && low) || (code == "E870" && high) ? Make(EvidenceStance.Supports, $"{Shown()}: sodium {(low ? "low" : "high")}.")
                    : o.Interpretation == AbnormalFlag.Normal ? Make(EvidenceStance.Contradicts, $"{Shown()}: sodium normal.") : null;
            }
        }

        if (o.Kind == ObservationKind.Imaging && (o.Impression ?? o.Value) is { Length: > 0 } text)
        {
            if (IsFractureCode(code))
            {
                if (NoFracture().IsMatch(text))
                {
                    return Make(EvidenceStance.Contradicts, $"Imaging impression: \"{Quote(text, NoFracture())}\".");
                }

                if (Fracture().IsMatch(text))
                {
                    return Make(EvidenceStance.Supports, $"Imaging impression: \"{Quote(text, Fracture())}\".");
                }
            }

            if (InRange(code, "J12", "J18"))
            {
                if (NoPneumonia().IsMatch(text))
                {
                    return Make(EvidenceStance.Contradicts, $"Imaging impression: \"{Quote(text, NoPneumonia())}\".");
                }

                if (Pneumonia().IsMatch(text))
                {
                    return Make(EvidenceStance.Supports, $"Imaging impression: \"{Quote(text, Pneumonia())}\".");
                }
            }
        }

        return null;
    }

    /// <summary>ICD-10-CM chapter 19 categories S02, S12, ... S92 are the fracture categories of each body region.</summary>
    private static bool IsFractureCode(string code) =>
        code.Length >= 3 && code[0] == 'S' && char.IsAsciiDigit(code[1]) && code[2] == '2';

    private static bool InRange(string code, string from, string to) =>
        code.Length >= 3 && string.CompareOrdinal(code[..3], from) >= 0 && string.CompareOrdinal(code[..3], to) <= 0;

    private static string Quote(string text, Regex regex)
    {
        var m = regex.Match(text);
        return m.Success ? m.Value.Trim() : text.Length > 80 ? text[..80] : text;
    }

    [GeneratedRegex(@"\b(no|without|negative for)\s+(evidence of\s+)?(an?\s+)?(acute\s+|displaced\s+|definite\s+)*(fracture|fx)\b|\bfracture\s+(is\s+)?(not seen|excluded|ruled out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoFracture();

    [GeneratedRegex(@"\b[\w-]*\s*(fracture|fx)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fracture();

    [GeneratedRegex(@"\b(no|without|negative for)\s+(evidence of\s+)?(focal\s+)?(pneumonia|consolidation|infiltrate)\b|\blungs are clear\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoPneumonia();

    [GeneratedRegex(@"\b(pneumonia|consolidation|infiltrate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pneumonia();
}
