using Claimsmith.Edits.Claims;
using Claimsmith.Edits.History;
using EditsKind = Claimsmith.Edits.Claims.ClaimKind;

namespace Claimsmith.Billing;

/// <summary>
/// Maps a billing <see cref="Claim"/> onto the scrubber's <see cref="ScrubClaim"/>: the same
/// fields the 837P/837I writer sends (CLM, HI, SV1/SV2, the 2010/2310 parties), so that what the
/// scrubber checks is what the payer will receive. The claim number (CLM01) is the scrub id, as
/// it is on an 837 the CLI scrubs.
/// </summary>
public static class ClaimScrubMapper
{
    /// <summary>The scrubber's view of <paramref name="claim"/>; <paramref name="coverage"/> adds the coverage period (dates outside it are an error).</summary>
    public static ScrubClaim ToScrubClaim(Claim claim, Coverage? coverage = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var institutional = claim.Kind == ClaimKind.Institutional;
        var diagnoses = claim.Diagnoses
            .OrderBy(d => d.Sequence)
            .Select(d => new ScrubDiagnosis(d.Code.Display, institutional ? Poa(d.PresentOnAdmission) : null))
            .ToArray();
        var lines = claim.Lines
            .OrderBy(l => l.LineNumber)
            .Select(l => new ScrubLine
            {
                Number = l.LineNumber,
                ProcedureCode = l.ProcedureCode?.Value,
                Modifiers = l.Modifiers().Select(m => m.Value).ToArray(),
                Units = l.Units,
                Charge = l.Charge.Amount,
                DiagnosisPointers = l.Pointers(),
                Ndc = l.Ndc?.Value,
                ServiceDate = l.ServiceFrom,
                ServiceDateTo = l.ServiceTo,
                RevenueCode = l.RevenueCode?.Value,
                PlaceOfService = l.PlaceOfService,
            })
            .ToArray();

        return new ScrubClaim
        {
            Id = claim.ClaimNumber,
            Kind = institutional ? EditsKind.Institutional : EditsKind.Professional,
            PatientId = PatientKey(claim.PatientId),
            PatientBirthDate = claim.Patient.BirthDate == default ? null : claim.Patient.BirthDate,
            PatientSex = claim.Patient.Sex switch
            {
                Sex.Female => PatientSex.Female,
                Sex.Male => PatientSex.Male,
                _ => PatientSex.Unknown,
            },
            SubscriberId = Blank(claim.Subscriber.MemberId),
            PayerId = Blank(claim.Payer.PayerIdentifier),
            BillingNpi = claim.BillingProvider.Npi,
            BillingTaxonomy = claim.BillingProvider.Taxonomy,
            RenderingNpi = claim.RenderingProvider?.Npi,
            RenderingTaxonomy = claim.RenderingProvider?.Taxonomy,
            ReferringNpi = claim.ReferringProvider?.Npi,
            AttendingNpi = claim.AttendingProvider?.Npi,
            PlaceOfService = institutional ? null : claim.PlaceOfService,

            // 837I CLM05: facility type and classification, then the frequency code (UB-04 FL 4 without its leading zero).
            TypeOfBill = institutional && claim.FacilityTypeCode is { } facility ? facility + FrequencyDigit(claim.Frequency) : null,
            FrequencyCode = FrequencyDigit(claim.Frequency),
            OriginalReference = claim.OriginalReferenceNumber,
            PriorAuthorization = claim.PriorAuthorization,

            // 837I DTP*434 statement period; an 837P has line dates only.
            StatementFrom = institutional ? claim.ServiceFrom : null,
            StatementTo = institutional ? claim.ServiceTo : null,
            AdmissionDate = claim.AdmissionDate,
            CoverageStart = coverage?.EffectiveFrom,
            CoverageEnd = coverage?.EffectiveTo,
            TotalCharge = claim.TotalCharge.Amount,
            Diagnoses = diagnoses,
            Lines = lines,
        };
    }

    /// <summary>The key the scrubber's history uses for a patient (<see cref="ScrubClaim.PatientId"/>).</summary>
    public static string PatientKey(Guid patientId) => patientId.ToString("N");

    /// <summary>
    /// The service lines of an earlier claim as history for the duplicate and global-period edits
    /// (lines without a CPT/HCPCS code, e.g. revenue-code-only institutional lines, cannot duplicate a service).
    /// </summary>
    public static IEnumerable<PriorService> PriorServices(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        foreach (var line in claim.Lines)
        {
            if (line.ProcedureCode is { } code)
            {
                yield return new PriorService(claim.ClaimNumber, claim.BillingProvider.Npi, claim.RenderingProvider?.Npi, line.ServiceFrom, code.Value, line.Modifiers().Select(m => m.Value).ToArray());
            }
        }
    }

    /// <summary>
    /// Whether an earlier claim counts as billed for the duplicate edit: drafts have not left,
    /// rejected claims never entered adjudication (277CA) and voided ones were withdrawn.
    /// </summary>
    public static bool CountsAsBilled(ClaimStatus status) => status is not (ClaimStatus.Draft or ClaimStatus.Rejected or ClaimStatus.Voided);

    private static string FrequencyDigit(ClaimFrequency frequency) => ((int)frequency).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // 837I HI component 9 (UB-04 FL 67): Y, N, U, W; exempt codes report 1 to the scrubber so the
    // missing-indicator warning does not fire for them.
    private static char? Poa(PresentOnAdmission? poa) => poa switch
    {
        PresentOnAdmission.Yes => 'Y',
        PresentOnAdmission.No => 'N',
        PresentOnAdmission.Unknown => 'U',
        PresentOnAdmission.ClinicallyUndetermined => 'W',
        PresentOnAdmission.Exempt => '1',
        _ => null,
    };
}
