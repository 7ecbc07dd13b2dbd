using System.Globalization;
using Claimsmith.Billing;

namespace Claimsmith.Interop;

/// <summary>Abnormal flags from HL7 table 0078 / FHIR v3-ObservationInterpretation codes, or from the reference range when none is sent.</summary>
public static class Interpretations
{
    /// <summary>The flag for an interpretation code (L, H, LL, HH, N, A, AA, &lt;, &gt;, LU, HU).</summary>
    public static AbnormalFlag FromCode(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "N" => AbnormalFlag.Normal,
        "L" or "<" or "LU" => AbnormalFlag.Low,
        "H" or ">" or "HU" => AbnormalFlag.High,
        "LL" => AbnormalFlag.CriticalLow,
        "HH" => AbnormalFlag.CriticalHigh,
        "A" or "AA" or "ABN" or "POS" or "DET" => AbnormalFlag.Abnormal,
        _ => AbnormalFlag.None,
    };

    /// <summary>Low, High or Normal from a numeric value and a range like <c>70-99</c>, <c>&lt;5.7</c>, <c>&gt;=60</c>; None when either is not numeric.</summary>
    public static AbnormalFlag FromRange(decimal? value, string? range)
    {
        if (value is not { } v || string.IsNullOrWhiteSpace(range))
        {
            return AbnormalFlag.None;
        }

        var r = range.Trim();
        if (r.StartsWith('<'))
        {
            return Number(r.TrimStart('<', '=')) is { } hi ? (v > hi ? AbnormalFlag.High : AbnormalFlag.Normal) : AbnormalFlag.None;
        }

        if (r.StartsWith('>'))
        {
            return Number(r.TrimStart('>', '=')) is { } lo ? (v < lo ? AbnormalFlag.Low : AbnormalFlag.Normal) : AbnormalFlag.None;
        }

        var dash = r.IndexOf('-', 1);
        if (dash > 0 && Number(r[..dash]) is { } low && Number(r[(dash + 1)..]) is { } high)
        {
            return v < low ? AbnormalFlag.Low : v > high ? AbnormalFlag.High : AbnormalFlag.Normal;
        }

        return AbnormalFlag.None;
    }

    private static decimal? Number(string s) =>
        decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
