namespace Claimsmith.Coding;

/// <summary>
/// Where the encounter took place. It changes how uncertain diagnoses are coded: inpatient
/// (ICD-10-CM guideline II.H and III.C) codes them as if established, outpatient (IV.H) codes
/// the signs and symptoms instead.
/// </summary>
public enum CareSetting
{
    /// <summary>Office, clinic, emergency department, observation: outpatient rules (section IV).</summary>
    Outpatient = 0,

    /// <summary>Inpatient admission: section II/III rules, and ICD-10-PCS procedures.</summary>
    Inpatient = 1,
}
