using Claimsmith.CodeSets.Encoder;
using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.Internal;

namespace Claimsmith.Edits;

public sealed partial class ClaimScrubber
{
    private const string Guidelines = "ICD-10-CM Official Guidelines for Coding and Reporting FY2026";
    private const string Mce = "Medicare Code Editor (MCE)";

    private void CheckDiagnoses(ScrubClaim claim, Scratch s, ref List<Finding>? f)
    {
        var count = claim.Diagnoses.Count;
        var date = s.ClaimDate;
        var inpatient = claim.Kind == ClaimKind.Institutional && claim.TypeOfBill is { Length: 3 } tob && tob[0] == '1' && tob[1] == '1';
        for (var i = 0; i < count; i++)
        {
            var d = s.Dx[i];
            var pos = i + 1;
            if (!d.ShapeValid)
            {
                Add(ref f, new Finding(RuleIds.DxInvalidShape, Severity.Error, 0, $"Diagnosis {pos} '{d.Input}' is not an ICD-10-CM code.", Guidelines + " I.A.1", "Enter an ICD-10-CM code (letter, two characters, optional dot and up to four more).", d.Input));
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(s.Dx[j], d) || s.Dx[j].Code == d.Code)
                {
                    Add(ref f, new Finding(RuleIds.DxDuplicate, Severity.Warning, 0, $"Diagnosis {d.Display} is listed twice (positions {j + 1} and {pos}).", Guidelines + " I.B.12", "Report each code once.", d.Display));
                    break;
                }
            }

            var valid = CheckValidity(d, pos, date, ref f);
            if (!d.Found)
            {
                continue;
            }

            // Guideline I.C.20: external cause codes are never principal or first-listed.
            if (i == 0 && d.IsExternalCause)
            {
                Add(ref f, new Finding(RuleIds.DxExternalCauseFirst, Severity.Error, 0, $"External cause code {d.Display} is listed first; external cause codes are never the first-listed or principal diagnosis.", Guidelines + " I.C.20", "List the injury or condition first and the external cause code after it.", d.Display));
            }

            if (d.IsManifestation)
            {
                // Guideline I.A.13: the etiology is sequenced first, the manifestation after it.
                if (i == 0)
                {
                    Add(ref f, new Finding(RuleIds.DxManifestationFirst, Severity.Error, 0, $"{d.Display} is a manifestation code (\"in diseases classified elsewhere\") and may not be listed first.", Guidelines + " I.A.13", "List the underlying condition (etiology) first, then this code.", d.Display));
                }

                if (d.CodeFirst.Length > 0 && !AnyOtherMatches(s, count, i, d.CodeFirst, beforeOnly: false))
                {
                    Add(ref f, new Finding(RuleIds.DxMissingEtiology, Severity.Error, 0, $"Manifestation code {d.Display} is reported without its underlying condition.", Guidelines + " I.A.13 (code first note)", "Add the etiology code the \"code first\" note names and list it before this code.", d.Display));
                }
            }

            // Guideline I.A.12.a: Excludes1 codes are never reported together (the exception for unrelated conditions needs an override with the reason).
            if (d.Excludes1.Length > 0)
            {
                for (var j = 0; j < count; j++)
                {
                    var o = s.Dx[j];
                    if (j == i || !o.Found || o.Code == d.Code)
                    {
                        continue;
                    }

                    // Report each pair once: from the earlier code when both sides exclude each other.
                    if (Matches(d.Excludes1, o.Code) && !(j < i && Matches(o.Excludes1, d.Code)))
                    {
                        Add(ref f, new Finding(RuleIds.DxExcludes1, Severity.Error, 0, $"{d.Display} has an Excludes1 note for {o.Display}: the two are not coded together.", Guidelines + " I.A.12.a (Excludes1)", $"Keep the code that describes the condition and remove the other; if the conditions are unrelated, override with the reason.", d.Display));
                    }
                }
            }

            if (_options.UseAdditionalReminders && d.UseAdditional.Length > 0 && !AnyOtherMatches(s, count, i, d.UseAdditional, beforeOnly: false))
            {
                Add(ref f, new Finding(RuleIds.DxUseAdditional, Severity.Info, 0, $"{d.Display}: \"{d.UseAdditionalText}\" and no such code is on the claim.", Guidelines + " I.A.13 (use additional code note)", "Add the further code when the record documents it.", d.Display));
            }

            AgeSex(claim, s, d, ref f);

            if (_options.UnspecifiedWarnings && valid && d.IsUnspecified)
            {
                Add(ref f, new Finding(RuleIds.DxUnspecified, Severity.Warning, 0, $"{d.Display} ({d.Title}) is an unspecified code; payers deny unspecified codes when the record supports a specific one.", Guidelines + " I.B.18", "Code to the highest specificity the record documents (laterality, type, stage).", d.Display));
            }

            if (inpatient)
            {
                var poa = claim.Diagnoses[i].PresentOnAdmission;
                if (poa is { } p && p is not ('Y' or 'N' or 'U' or 'W' or '1'))
                {
                    Add(ref f, new Finding(RuleIds.DxPoaInvalid, Severity.Error, 0, $"Present-on-admission indicator '{p}' of {d.Display} is not Y, N, U, W or 1.", Guidelines + " Appendix I (POA)", "Report Y, N, U, W, or 1 for exempt codes.", d.Display));
                }
                else if (poa is null)
                {
                    Add(ref f, new Finding(RuleIds.DxPoaInvalid, Severity.Warning, 0, $"{d.Display} has no present-on-admission indicator.", Guidelines + " Appendix I (POA)", "Report Y, N, U or W; codes on the POA exempt list take 1 or blank.", d.Display));
                }
            }
        }
    }

    /// <summary>Reports a code that may not be used on the date; true when it may.</summary>
    private bool CheckValidity(DxInfo d, int pos, DateOnly? date, ref List<Finding>? f)
    {
        if (!d.Found)
        {
            if (d.SeventhInvalid)
            {
                Add(ref f, new Finding(RuleIds.DxInvalidSeventh, Severity.Error, 0, $"{d.Display}: '{d.Code[6]}' is not a 7th character of this category (valid: {string.Join(", ", d.SeventhCharacters.ToCharArray())}).", Guidelines + " I.B.3 (7th characters)", "Use the 7th character for the encounter (e.g. A initial, D subsequent, S sequela).", d.Display));
            }
            else
            {
                Add(ref f, new Finding(RuleIds.DxUnknown, Severity.Error, 0, $"Diagnosis {pos} {d.Display} is not an ICD-10-CM code.", Guidelines + " I.A.1", "Look the condition up in the Alphabetic Index and verify it in the Tabular List.", d.Display));
            }

            return false;
        }

        if (date is not { } dos)
        {
            return true;
        }

        var v = d.Validity(_codes, dos);
        switch (v.Status)
        {
            case CodeStatus.Valid:
                return true;
            case CodeStatus.NotBillable when d.SeventhMissing:
                Add(ref f, new Finding(RuleIds.DxMissingSeventh, Severity.Error, 0, $"{d.Display} needs a 7th character (valid: {string.Join(", ", d.SeventhCharacters.ToCharArray())}), with placeholder X to fill empty positions.", Guidelines + " I.B.3 (7th characters) and I.A.5 (placeholder X)", "Add the 7th character for the encounter, e.g. A initial, D subsequent, S sequela.", d.Display));
                return false;
            case CodeStatus.NotBillable when v.ReplacedBy.Count > 0:
                // A code the addenda subdivided: billable before, a header now (e.g. G35 for FY2026).
                Add(ref f, new Finding(RuleIds.DxNotValidForDate, Severity.Error, 0, $"{d.Display} is not valid for the date of service {dos:yyyy-MM-dd}: {v.Edition} subdivided it and it is no longer billable.", $"ICD-10-CM {v.Edition} addenda", $"Use the code that replaced it: {string.Join(", ", v.ReplacedBy)}.", d.Display));
                return false;
            case CodeStatus.NotBillable:
                Add(ref f, new Finding(RuleIds.DxHeader, Severity.Error, 0, $"{d.Display} is a category or subcategory (header), not a billable code.", Guidelines + " I.B.2 (level of detail)", v.ReplacedBy.Count > 0 ? $"Use one of the codes that subdivide it: {string.Join(", ", v.ReplacedBy)}." : "Use a code with all its characters (a subcode below this one).", d.Display));
                return false;
            case CodeStatus.Deleted:
                Add(ref f, new Finding(RuleIds.DxNotValidForDate, Severity.Error, 0, $"{d.Display} is not valid for the date of service {dos:yyyy-MM-dd} (deleted{(v.EffectiveTo is { } to ? $" after {to:yyyy-MM-dd}" : "")}).", $"ICD-10-CM {v.Edition} addenda", v.ReplacedBy.Count > 0 ? $"Use the code that replaced it: {string.Join(", ", v.ReplacedBy)}." : "Use the code valid on the date of service.", d.Display));
                return false;
            case CodeStatus.NotYetEffective:
                Add(ref f, new Finding(RuleIds.DxNotValidForDate, Severity.Error, 0, $"{d.Display} is not valid yet on {dos:yyyy-MM-dd} (effective {v.EffectiveFrom:yyyy-MM-dd}).", $"ICD-10-CM {v.Edition} addenda", "Use the code that was valid on the date of service.", d.Display));
                return false;
            default:
                Add(ref f, new Finding(RuleIds.DxUnknown, Severity.Error, 0, $"Diagnosis {pos} {d.Display} is not an ICD-10-CM code.", Guidelines + " I.A.1", "Look the condition up in the Alphabetic Index and verify it in the Tabular List.", d.Display));
                return false;
        }
    }

    // MCE edits 3 (age conflict) and 4 (sex conflict).
    private static void AgeSex(ScrubClaim claim, Scratch s, DxInfo d, ref List<Finding>? f)
    {
        if (s.Age is { } age && d.Age != AgeGroup.None)
        {
            if ((d.Age & AgeGroup.Newborn) != 0 && age != 0)
            {
                Add(ref f, new Finding(RuleIds.DxAgeNewborn, Severity.Error, 0, $"{d.Display} is a newborn (perinatal) code but the patient is {age} years old.", Mce + " age conflict: newborn diagnoses, age 0", "Check the code and the birth date; perinatal conditions in older patients keep chapter 16 codes only when the condition originated in the perinatal period (guideline I.C.16.a.4), otherwise use the adult code.", d.Display));
            }

            if ((d.Age & AgeGroup.Pediatric) != 0 && age > 17)
            {
                Add(ref f, new Finding(RuleIds.DxAgePediatric, Severity.Error, 0, $"{d.Display} is a pediatric code (ages 0-17) but the patient is {age}.", Mce + " age conflict: pediatric diagnoses, ages 0-17", "Use the adult code (e.g. Z00.0- for an adult examination) or correct the birth date.", d.Display));
            }

            if ((d.Age & AgeGroup.Maternity) != 0 && (age < 9 || age > 64))
            {
                Add(ref f, new Finding(RuleIds.DxAgeMaternity, Severity.Error, 0, $"{d.Display} is a maternity code (ages 9-64) but the patient is {age}.", Mce + " age conflict: maternity diagnoses, ages 9-64", "Check the code and the birth date.", d.Display));
            }

            if ((d.Age & AgeGroup.Adult) != 0 && age < 15)
            {
                Add(ref f, new Finding(RuleIds.DxAgeAdult, Severity.Error, 0, $"{d.Display} is an adult code (ages 15-124) but the patient is {age}.", Mce + " age conflict: adult diagnoses, ages 15-124", "Use the pediatric code (e.g. Z00.1- for a child examination) or correct the birth date.", d.Display));
            }
        }

        if (d.Sex != '\0' && claim.PatientSex != PatientSex.Unknown && (d.Sex == 'F') != (claim.PatientSex == PatientSex.Female))
        {
            Add(ref f, new Finding(RuleIds.DxSex, Severity.Error, 0, $"{d.Display} is a diagnosis for {(d.Sex == 'F' ? "females" : "males")} only but the patient is {(claim.PatientSex == PatientSex.Female ? "female" : "male")}.", Mce + " sex conflict", "Check the code and the patient's sex; a payer may accept the claim with condition code 45 (gender incongruence) where it applies.", d.Display));
        }
    }

    private static bool Matches(CodeReference[] refs, string code)
    {
        foreach (var r in refs)
        {
            if (r.Matches(code))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyOtherMatches(Scratch s, int count, int self, CodeReference[] refs, bool beforeOnly)
    {
        var end = beforeOnly ? self : count;
        for (var j = 0; j < end; j++)
        {
            if (j != self && s.Dx[j].ShapeValid && Matches(refs, s.Dx[j].Code))
            {
                return true;
            }
        }

        return false;
    }
}
