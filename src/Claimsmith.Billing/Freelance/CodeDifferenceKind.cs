namespace Claimsmith.Billing;

/// <summary>How a coder's code differed from the reviewer's.</summary>
public enum CodeDifferenceKind
{
    /// <summary>The reviewer reported a code the coder did not.</summary>
    Missed = 0,

    /// <summary>The coder reported a code the reviewer did not.</summary>
    Extra = 1,

    /// <summary>The coder reported a code of the same category (first three characters) as the reviewer's but not the same code.</summary>
    Changed = 2,
}
