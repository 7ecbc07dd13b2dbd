namespace Claimsmith.Edits.Claims;

/// <summary>A diagnosis of a claim, in claim order (the first is the principal or first-listed one).</summary>
/// <param name="Code">ICD-10-CM code, with or without its dot.</param>
/// <param name="PresentOnAdmission">Present-on-admission indicator for inpatient claims (Y, N, U, W, 1), or null.</param>
public sealed record ScrubDiagnosis(string Code, char? PresentOnAdmission = null);
