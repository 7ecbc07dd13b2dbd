namespace Claimsmith.Billing;

/// <summary>
/// Present-on-admission indicator for inpatient diagnoses (837I HI segment, component 9;
/// UB-04 FL 67). Exempt codes carry no indicator in 5010.
/// </summary>
public enum PresentOnAdmission
{
    /// <summary>Y: present at the time of inpatient admission.</summary>
    Yes = 1,
    /// <summary>N: not present.</summary>
    No = 2,
    /// <summary>U: documentation insufficient.</summary>
    Unknown = 3,
    /// <summary>W: clinically undetermined.</summary>
    ClinicallyUndetermined = 4,
    /// <summary>Exempt from POA reporting (blank on the claim).</summary>
    Exempt = 5,
}
