using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.Internal;

namespace Claimsmith.Edits;

public sealed partial class ClaimScrubber
{
    private const string Src837P = "X12 837P 005010X222A1 / CMS-1500";
    private const string Src837I = "X12 837I 005010X223A1 / UB-04";

    // What the claim form requires for its situation (837P/837I implementation guides; CMS-1500 and UB-04 manuals).
    private void CheckCompleteness(ScrubClaim claim, Scratch s, ref List<Finding>? f)
    {
        var prof = claim.Kind == ClaimKind.Professional;
        var src = prof ? Src837P : Src837I;

        Required(ref f, claim.PayerId, "payer id", "loop 2010BB NM109 (CMS-1500 item 11c/payer; UB-04 FL 50-51)", "Enter the payer's id from the payer list.", src);
        Required(ref f, claim.SubscriberId, "subscriber id", "loop 2010BA NM109 (CMS-1500 item 1a; UB-04 FL 60)", "Enter the member id from the insurance card.", src);
        if (claim.PatientBirthDate is null)
        {
            Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, "The patient's birth date is missing.", src + ", DMG02 (CMS-1500 item 3; UB-04 FL 10)", "Enter the patient's date of birth."));
        }

        if (claim.PatientSex == PatientSex.Unknown)
        {
            Add(ref f, new Finding(RuleIds.MissingField, Severity.Warning, 0, "The patient's sex is not reported; sex edits cannot run and many payers reject U.", src + ", DMG03", "Enter F or M when known."));
        }

        Npi(ref f, claim.BillingNpi, "billing provider", required: true, src + ", loop 2010AA NM109 (CMS-1500 item 33a; UB-04 FL 56)");
        Npi(ref f, claim.RenderingNpi, "rendering provider", required: false, src + ", loop 2310B NM109 (CMS-1500 item 24J)");
        Npi(ref f, claim.ReferringNpi, "referring provider", required: false, src + ", loop 2310A NM109 (CMS-1500 item 17b)");
        Npi(ref f, claim.AttendingNpi, "attending provider", required: !prof, src + ", loop 2310A NM109 (UB-04 FL 76)");
        Taxonomy(ref f, claim.BillingTaxonomy, "billing provider", src + ", loop 2000A PRV03");
        if (string.IsNullOrWhiteSpace(claim.BillingTaxonomy) && string.IsNullOrWhiteSpace(claim.RenderingTaxonomy))
        {
            // The guides require PRV where the payer's adjudication depends on the taxonomy, which many payers' companion guides say it does.
            Add(ref f, new Finding(RuleIds.TaxonomyMissing, Severity.Info, 0, "No provider taxonomy code is reported.", src + ", loop 2000A/2310B PRV (CMS-1500 item 24J/33b qualifier PXC)", "Report the billing or rendering provider's taxonomy when the payer's companion guide asks for it."));
        }

        Taxonomy(ref f, claim.RenderingTaxonomy, "rendering provider", src + ", loop 2310B PRV03");

        if (claim.Diagnoses.Count == 0)
        {
            Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, "The claim has no diagnosis.", src + ", HI segment (CMS-1500 item 21; UB-04 FL 67)", "Enter the diagnoses, first-listed (principal) first."));
        }
        else if (claim.Diagnoses.Count > (prof ? 12 : 25))
        {
            Add(ref f, new Finding(RuleIds.TooManyDiagnoses, Severity.Error, 0, $"The claim has {claim.Diagnoses.Count} diagnoses; the {(prof ? "837P allows 12" : "837I allows 25")}.", src + ", HI segment", "Report the diagnoses that the services treat; split the claim if needed."));
        }

        if (claim.Lines.Count == 0)
        {
            Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, "The claim has no service line.", src + ", loop 2400", "Enter the services."));
        }

        if (claim.FrequencyCode is "7" or "8" && string.IsNullOrWhiteSpace(claim.OriginalReference))
        {
            Add(ref f, new Finding(RuleIds.OriginalReferenceMissing, Severity.Error, 0, $"A {(claim.FrequencyCode == "7" ? "replacement" : "void")} claim (frequency {claim.FrequencyCode}) needs the payer's claim number of the original.", src + ", loop 2300 REF*F8 (CMS-1500 item 22)", "Enter the original claim's payer claim control number."));
        }

        if (prof)
        {
            if (string.IsNullOrWhiteSpace(claim.PlaceOfService))
            {
                Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, "The place of service is missing.", Src837P + ", CLM05-1 (CMS-1500 item 24B)", "Enter the two-digit place of service code."));
            }
            else
            {
                Pos(ref f, claim.PlaceOfService, 0);
            }

            if (claim.FrequencyCode is not ("1" or "7" or "8"))
            {
                Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, $"Claim frequency '{claim.FrequencyCode}' is not 1 (original), 7 (replacement) or 8 (void).", Src837P + ", CLM05-3", "Use 1, 7 or 8."));
            }
        }
        else
        {
            var tob = claim.TypeOfBill;
            if (string.IsNullOrWhiteSpace(tob))
            {
                Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, "The type of bill is missing.", Src837I + ", CLM05 (UB-04 FL 4)", "Enter the three-digit type of bill (facility type, care type, frequency)."));
            }
            else if (tob.Length != 3 || tob[0] is < '1' or > '8' || !char.IsAsciiDigit(tob[1]) || !char.IsAsciiLetterOrDigit(tob[2]))
            {
                Add(ref f, new Finding(RuleIds.TypeOfBillInvalid, Severity.Error, 0, $"Type of bill '{tob}' is not a facility type (1-8), a bill classification and a frequency.", Src837I + ", CLM05 (UB-04 FL 4; NUBC)", "Correct the type of bill, e.g. 131 for an outpatient hospital admit-through-discharge claim."));
            }
            else
            {
                if (claim.FrequencyCode.Length == 1 && tob[2] != claim.FrequencyCode[0])
                {
                    Add(ref f, new Finding(RuleIds.TypeOfBillInvalid, Severity.Error, 0, $"The type of bill ends in {tob[2]} but the claim frequency is {claim.FrequencyCode}.", Src837I + ", CLM05-3", "Make the frequency the type of bill's third digit."));
                }

                // Inpatient bill types need the admission date (UB-04 FL 12; 837I DTP*435).
                if (tob[0] is '1' or '2' && tob[1] is '1' or '2' && claim.AdmissionDate is null)
                {
                    Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, "An inpatient claim needs the admission date.", Src837I + ", DTP*435 (UB-04 FL 12)", "Enter the admission date."));
                }
            }

            if (claim.StatementFrom is null || claim.StatementTo is null)
            {
                Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, "The statement covers period is missing.", Src837I + ", DTP*434 (UB-04 FL 6)", "Enter the from and through dates."));
            }
            else if (claim.StatementFrom > claim.StatementTo)
            {
                Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, "The statement period ends before it starts.", Src837I + ", DTP*434 (UB-04 FL 6)", "Correct the from and through dates."));
            }
        }

        if (claim.TotalCharge is { } total)
        {
            var sum = 0m;
            for (var i = 0; i < claim.Lines.Count; i++)
            {
                sum += claim.Lines[i].Charge;
            }

            if (sum != total)
            {
                Add(ref f, new Finding(RuleIds.TotalMismatch, Severity.Error, 0, $"The total charge {total:0.00} is not the sum of the lines ({sum:0.00}).", src + ", CLM02", "Correct the line charges or the total."));
            }
        }

        CheckDates(claim, s, ref f);
    }

    private void CheckDates(ScrubClaim claim, Scratch s, ref List<Finding>? f)
    {
        var today = DateOnly.FromDateTime(_options.Time.GetUtcNow().UtcDateTime);
        var src = claim.Kind == ClaimKind.Professional ? Src837P + ", DTP*472 (CMS-1500 item 24A)" : Src837I + ", DTP*434/472";
        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            var date = s.Dates[i];
            if (date is not { } d)
            {
                Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, line.Number, "The line has no date of service.", src, "Enter the date of service."));
                continue;
            }

            var to = line.ServiceDateTo ?? d;
            if (to > today)
            {
                Add(ref f, new Finding(RuleIds.DateFuture, Severity.Error, line.Number, $"The date of service {to:yyyy-MM-dd} is in the future.", src, "Bill services after they are rendered; correct the date."));
            }

            if (to < d)
            {
                Add(ref f, new Finding(RuleIds.DateFuture, Severity.Error, line.Number, "The line's date range ends before it starts.", src, "Correct the from and to dates."));
            }

            if (claim.PatientBirthDate is { } birth && d < birth)
            {
                Add(ref f, new Finding(RuleIds.DateBeforeBirth, Severity.Error, line.Number, $"The date of service {d:yyyy-MM-dd} is before the patient's birth ({birth:yyyy-MM-dd}).", src, "Correct the date of service or the birth date."));
            }

            if ((claim.CoverageStart is { } cs && d < cs) || (claim.CoverageEnd is { } ce && d > ce))
            {
                Add(ref f, new Finding(RuleIds.DateOutsideCoverage, Severity.Error, line.Number, $"The date of service {d:yyyy-MM-dd} is outside the patient's coverage ({claim.CoverageStart:yyyy-MM-dd} to {claim.CoverageEnd:yyyy-MM-dd}).", "Eligibility (X12 270/271)", "Verify eligibility; bill the payer that covered the date, or the patient."));
            }
        }
    }

    private static void Required(ref List<Finding>? f, string? value, string what, string where, string fix, string src)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, $"The {what} is missing.", src + ", " + where, fix));
        }
    }

    private static void Npi(ref List<Finding>? f, string? npi, string who, bool required, string src)
    {
        if (string.IsNullOrWhiteSpace(npi))
        {
            if (required)
            {
                Add(ref f, new Finding(RuleIds.MissingField, Severity.Error, 0, $"The {who} NPI is missing.", src, $"Enter the {who}'s ten-digit NPI."));
            }

            return;
        }

        if (!Internal.Npi.IsValid(npi))
        {
            Add(ref f, new Finding(RuleIds.NpiInvalid, Severity.Error, 0, $"The {who} NPI {npi} is not a valid NPI (ten digits with a Luhn check digit over the prefix 80840).", "CMS NPI check digit standard (45 CFR 162.406); " + src, $"Re-enter the {who} NPI from NPPES."));
        }
    }

    private static void Taxonomy(ref List<Finding>? f, string? taxonomy, string who, string src)
    {
        if (!string.IsNullOrWhiteSpace(taxonomy) && !Internal.Npi.IsTaxonomy(taxonomy))
        {
            Add(ref f, new Finding(RuleIds.TaxonomyInvalid, Severity.Error, 0, $"The {who} taxonomy '{taxonomy}' is not a NUCC taxonomy code (ten characters ending in X).", "NUCC Health Care Provider Taxonomy; " + src, "Enter the taxonomy code the provider registered in NPPES."));
        }
    }

    private void Pos(ref List<Finding>? f, string pos, int line)
    {
        var ok = pos.Length == 2 && char.IsAsciiDigit(pos[0]) && char.IsAsciiDigit(pos[1]) && (_places is null || _places.Contains(pos));
        if (!ok)
        {
            Add(ref f, new Finding(RuleIds.PosInvalid, Severity.Error, line, $"Place of service '{pos}' is not a CMS place-of-service code.", "CMS Place of Service Code Set", "Enter the two-digit code of where the service was rendered (e.g. 11 office)."));
        }
    }
}
