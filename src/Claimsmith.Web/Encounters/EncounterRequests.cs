using Claimsmith.Billing;

namespace Claimsmith.Web.Encounters;

/// <summary>A diagnosis to add: ICD-10-CM code (dot optional) and POA for inpatient stays.</summary>
internal sealed record DiagnosisRequest(string? Code, PresentOnAdmission? PresentOnAdmission);

/// <summary>A charge to add; pointers name encounter diagnosis sequence numbers.</summary>
internal sealed record ChargeRequest(
    string? ProcedureCode, string? RevenueCode, string[]? Modifiers, decimal? Units, decimal? Charge, int[]? DiagnosisPointers,
    string? Ndc, decimal? NdcQuantity, string? NdcUnit, DateOnly? ServiceFrom, DateOnly? ServiceTo, string? PlaceOfService);

/// <summary>Clinical note text.</summary>
internal sealed record DocumentRequest(string? Title, string? Kind, string? Text);

/// <summary>An encounter; diagnoses and charges may come along on creation.</summary>
internal sealed record EncounterRequest(
    Guid? PatientId, Guid? FacilityId, ClaimKind? Kind, DateOnly? ServiceFrom, DateOnly? ServiceTo, string? PlaceOfService,
    Guid? RenderingProviderId, Guid? AttendingProviderId, Guid? ReferringProviderId, string? PriorAuthorization,
    string? FacilityTypeCode, DateOnly? AdmissionDate, int? AdmissionHour, string? AdmissionType, string? AdmissionSource,
    DateOnly? DischargeDate, int? DischargeHour, string? PatientStatus,
    DiagnosisRequest[]? Diagnoses, ChargeRequest[]? Charges, long? Version);
