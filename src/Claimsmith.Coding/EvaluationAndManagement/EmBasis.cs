namespace Claimsmith.Coding.EvaluationAndManagement;

/// <summary>What the level was chosen on.</summary>
public enum EmBasis
{
    /// <summary>Medical decision making.</summary>
    MedicalDecisionMaking = 0,

    /// <summary>Total time on the date of the encounter.</summary>
    TotalTime = 1,

    /// <summary>99211: established patient, presence of a physician not required.</summary>
    Minimal = 2,
}
