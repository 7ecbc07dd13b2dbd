namespace Claimsmith.Billing;

/// <summary>
/// One visit or stay: dates of service, place, the providers, the coded diagnoses and the
/// captured charges, plus admission data for institutional stays.
/// </summary>
public sealed class Encounter : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid PatientId { get; set; }
    public Guid? FacilityId { get; set; }
    public ClaimKind Kind { get; set; }
    public DateOnly ServiceFrom { get; set; }
    public DateOnly ServiceTo { get; set; }
    /// <summary>CMS place-of-service code (two digits), CLM05-1 on professional claims.</summary>
    public string PlaceOfService { get; set; } = "11";
    public Guid? RenderingProviderId { get; set; }
    public Guid? AttendingProviderId { get; set; }
    public Guid? ReferringProviderId { get; set; }
    public string? PriorAuthorization { get; set; }
    /// <summary>Institutional: the first two digits of the type of bill (facility type and classification, CLM05-1 on 837I).</summary>
    public string? FacilityTypeCode { get; set; }
    public DateOnly? AdmissionDate { get; set; }
    /// <summary>Hour of admission 0-23 (DTP*435 time part; UB-04 FL 13).</summary>
    public int? AdmissionHour { get; set; }
    /// <summary>UB-04 FL 14 priority (type) of admission, one digit (CL101).</summary>
    public string? AdmissionType { get; set; }
    /// <summary>UB-04 FL 15 point of origin (CL102).</summary>
    public string? AdmissionSource { get; set; }
    public DateOnly? DischargeDate { get; set; }
    public int? DischargeHour { get; set; }
    /// <summary>UB-04 FL 17 patient discharge status, two digits (CL103).</summary>
    public string? PatientStatus { get; set; }
    public List<EncounterDiagnosis> Diagnoses { get; set; } = [];
    public List<ChargeLine> Charges { get; set; } = [];
    public List<ClinicalDocument> Documents { get; set; } = [];
    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>Adds a diagnosis at the next sequence number.</summary>
    public EncounterDiagnosis AddDiagnosis(DiagnosisCode code, PresentOnAdmission? poa = null)
    {
        var d = new EncounterDiagnosis
        {
            EncounterId = Id,
            Sequence = Diagnoses.Count == 0 ? 1 : Diagnoses.Max(x => x.Sequence) + 1,
            Code = code,
            PresentOnAdmission = poa,
        };
        Diagnoses.Add(d);
        return d;
    }

    /// <summary>Adds a charge at the next sequence number.</summary>
    public ChargeLine AddCharge(ChargeLine charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        charge.EncounterId = Id;
        charge.Sequence = Charges.Count == 0 ? 1 : Charges.Max(x => x.Sequence) + 1;
        Charges.Add(charge);
        return charge;
    }
}
