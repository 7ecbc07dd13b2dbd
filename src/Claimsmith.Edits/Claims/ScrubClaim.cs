namespace Claimsmith.Edits.Claims;

/// <summary>
/// The scrubber's view of a claim: what a CMS-1500/837P or UB-04/837I carries that an edit
/// looks at. The billing core and the X12 reader both map onto it.
/// </summary>
public sealed record ScrubClaim
{
    /// <summary>The claim's identifier (patient control number or the billing core's id).</summary>
    public required string Id { get; init; }

    /// <summary>Professional or institutional.</summary>
    public ClaimKind Kind { get; init; }

    /// <summary>The patient's identifier for history look-ups (duplicates, global periods).</summary>
    public string? PatientId { get; init; }

    /// <summary>Patient birth date (837 DMG02).</summary>
    public DateOnly? PatientBirthDate { get; init; }

    /// <summary>Patient sex (837 DMG03).</summary>
    public PatientSex PatientSex { get; init; }

    /// <summary>Subscriber (member) identifier (loop 2010BA NM109).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Payer identifier (loop 2010BB NM109).</summary>
    public string? PayerId { get; init; }

    /// <summary>Billing provider NPI (loop 2010AA).</summary>
    public string? BillingNpi { get; init; }

    /// <summary>Billing provider taxonomy (PRV*BI).</summary>
    public string? BillingTaxonomy { get; init; }

    /// <summary>Rendering provider NPI (loop 2310B), when it differs from the billing provider.</summary>
    public string? RenderingNpi { get; init; }

    /// <summary>Rendering provider taxonomy (PRV*PE).</summary>
    public string? RenderingTaxonomy { get; init; }

    /// <summary>Referring provider NPI (loop 2310A).</summary>
    public string? ReferringNpi { get; init; }

    /// <summary>Attending provider NPI (837I loop 2310A).</summary>
    public string? AttendingNpi { get; init; }

    /// <summary>Place of service (837P CLM05-1).</summary>
    public string? PlaceOfService { get; init; }

    /// <summary>Type of bill, three digits without the leading zero (837I CLM05-1 and CLM05-3, e.g. <c>131</c>).</summary>
    public string? TypeOfBill { get; init; }

    /// <summary>Claim frequency code (CLM05-3): 1 original, 7 replacement, 8 void.</summary>
    public string FrequencyCode { get; init; } = "1";

    /// <summary>Payer claim control number of the claim replaced or voided (REF*F8).</summary>
    public string? OriginalReference { get; init; }

    /// <summary>Prior authorization number (REF*G1).</summary>
    public string? PriorAuthorization { get; init; }

    /// <summary>Statement period start (837I DTP*434), or null.</summary>
    public DateOnly? StatementFrom { get; init; }

    /// <summary>Statement period end.</summary>
    public DateOnly? StatementTo { get; init; }

    /// <summary>Admission date (837I DTP*435; required for inpatient bill types 11x, 18x, 21x).</summary>
    public DateOnly? AdmissionDate { get; init; }

    /// <summary>First day of the patient's coverage with this payer, when known.</summary>
    public DateOnly? CoverageStart { get; init; }

    /// <summary>Last day of the patient's coverage with this payer, when known.</summary>
    public DateOnly? CoverageEnd { get; init; }

    /// <summary>Total claim charge (CLM02), when given; compared with the sum of the lines.</summary>
    public decimal? TotalCharge { get; init; }

    /// <summary>Diagnoses in claim order (first = principal / first-listed).</summary>
    public IReadOnlyList<ScrubDiagnosis> Diagnoses { get; init; } = [];

    /// <summary>Service lines.</summary>
    public IReadOnlyList<ScrubLine> Lines { get; init; } = [];
}
