namespace Claimsmith.Coding;

/// <summary>How a condition is asserted in the note.</summary>
public enum Assertion
{
    /// <summary>Present, current.</summary>
    Present = 0,

    /// <summary>Negated ("denies", "no evidence of", "ruled out").</summary>
    Negated = 1,

    /// <summary>About a relative ("mother with ..."): family history Z80-Z84.</summary>
    Family = 2,

    /// <summary>Conditional or hypothetical ("return if", "risk of").</summary>
    Hypothetical = 3,

    /// <summary>Resolved or past ("history of", "previous"): personal history Z85-Z87.</summary>
    Historical = 4,

    /// <summary>Uncertain ("probable", "suspected", "rule out", "consistent with").</summary>
    Uncertain = 5,
}
