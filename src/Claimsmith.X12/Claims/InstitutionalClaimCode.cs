namespace Claimsmith.X12.Claims;

/// <summary>CL1 institutional claim code (837I 2300): admission type, source, patient status.</summary>
/// <param name="AdmissionType">CL101 (UB-04 FL 14).</param>
/// <param name="AdmissionSource">CL102 (FL 15).</param>
/// <param name="PatientStatus">CL103 (FL 17).</param>
public sealed record InstitutionalClaimCode(string? AdmissionType, string? AdmissionSource, string? PatientStatus);
