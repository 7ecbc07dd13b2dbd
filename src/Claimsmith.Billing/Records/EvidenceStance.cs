namespace Claimsmith.Billing;

/// <summary>Whether a finding speaks for or against a code.</summary>
public enum EvidenceStance
{
    /// <summary>The finding supports the code (an HbA1c of 8.1% for E11.*).</summary>
    Supports = 0,
    /// <summary>The finding argues against the code (impression "no acute fracture" for S72.*).</summary>
    Contradicts = 1,
}
