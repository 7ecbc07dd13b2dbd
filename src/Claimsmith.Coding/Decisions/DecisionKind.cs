namespace Claimsmith.Coding.Decisions;

/// <summary>What the coder did with a suggestion.</summary>
public enum DecisionKind
{
    /// <summary>Accepted as suggested.</summary>
    Accepted = 0,

    /// <summary>Rejected: the code does not apply.</summary>
    Rejected = 1,

    /// <summary>Changed to another code (the suggestion was wrong, the replacement is right).</summary>
    Changed = 2,

    /// <summary>Added by the coder: a code the engine did not suggest (a miss).</summary>
    Added = 3,
}
