using Claimsmith.Edits.Claims;
using Claimsmith.X12.Claims;
using EditsKind = Claimsmith.Edits.Claims.ClaimKind;
using X12Kind = Claimsmith.X12.Claims.ClaimKind;

namespace Claimsmith.Cli.Edits;

/// <summary>Maps the X12 837 model (loops 2000A-2400) onto the scrubber's <see cref="ScrubClaim"/>.</summary>
internal static class Claim837Mapper
{
    /// <summary>Every claim of a submission, with the billing provider, subscriber and patient above it.</summary>
    public static IEnumerable<ScrubClaim> Map(Submission837 submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var kind = submission.Kind == X12Kind.Institutional ? EditsKind.Institutional : EditsKind.Professional;
        foreach (var bp in submission.BillingProviders)
        {
            foreach (var sub in bp.Subscribers)
            {
                foreach (var claim in sub.Claims)
                {
                    yield return Map(kind, bp, sub, sub.Name, claim);
                }

                foreach (var patient in sub.Patients)
                {
                    foreach (var claim in patient.Claims)
                    {
                        yield return Map(kind, bp, sub, patient.Name, claim);
                    }
                }
            }
        }
    }

    private static ScrubClaim Map(EditsKind kind, BillingProvider837 bp, Subscriber837 sub, Party837 patient, Claim837 claim)
    {
        var prof = kind == EditsKind.Professional;
        var statement = claim.Dates.Find(d => d.Qualifier == "434");
        var rendering = claim.Providers.Find(p => p.EntityCode == "82");
        var referring = claim.Providers.Find(p => p.EntityCode is "DN" or "P3");
        var attending = claim.Providers.Find(p => p.EntityCode == "71");
        var birth = patient.BirthDate;
        var sex = patient.Demographics?.Gender switch
        {
            "F" => PatientSex.Female,
            "M" => PatientSex.Male,
            _ => PatientSex.Unknown,
        };

        var diagnoses = claim.Diagnoses
            .Select(d => new ScrubDiagnosis(d.Code, d.PresentOnAdmission is { Length: 1 } poa ? poa[0] : null))
            .ToArray();

        var lines = claim.Lines.Select((l, i) =>
        {
            var date = l.Dates.Find(d => d.Qualifier == "472");
            return new ScrubLine
            {
                Number = l.LineNumber > 0 ? l.LineNumber : i + 1,
                ProcedureCode = l.Procedure?.Code,
                Modifiers = l.Procedure?.Modifiers ?? [],
                Units = l.Units,
                Charge = l.Charge,
                DiagnosisPointers = l.DiagnosisPointers.ToArray(),
                Ndc = l.Drug?.Ndc,
                ServiceDate = date?.Date,
                ServiceDateTo = date?.Format == "RD8" ? date.EndDate : null,
                RevenueCode = l.RevenueCode,
                PlaceOfService = l.PlaceOfService,
            };
        }).ToArray();

        return new ScrubClaim
        {
            Id = claim.PatientControlNumber,
            Kind = kind,

            // The patient is known by the subscriber id and the patient's name and birth date (loop 2010BA / 2010CA).
            PatientId = $"{sub.Name.Id}|{patient.LastOrOrganizationName}|{patient.FirstName}|{birth:yyyyMMdd}",
            PatientBirthDate = birth,
            PatientSex = sex,
            SubscriberId = sub.Name.Id,
            PayerId = sub.Payer.Id,
            BillingNpi = bp.Provider.Npi,
            BillingTaxonomy = bp.Specialty?.Taxonomy ?? bp.Provider.Specialty?.Taxonomy,
            RenderingNpi = rendering?.Npi,
            RenderingTaxonomy = rendering?.Specialty?.Taxonomy,
            ReferringNpi = referring?.Npi,
            AttendingNpi = attending?.Npi,
            PlaceOfService = prof ? claim.FacilityCode : null,
            TypeOfBill = prof ? null : claim.FacilityCode + claim.FrequencyCode,
            FrequencyCode = claim.FrequencyCode,
            OriginalReference = claim.OriginalReferenceNumber,
            PriorAuthorization = claim.PriorAuthorization,
            StatementFrom = statement?.Date,
            StatementTo = statement?.EndDate,
            AdmissionDate = claim.Dates.Find(d => d.Qualifier == "435")?.Date,
            TotalCharge = claim.TotalCharge,
            Diagnoses = diagnoses,
            Lines = lines,
        };
    }
}
