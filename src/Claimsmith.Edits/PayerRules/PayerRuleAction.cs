namespace Claimsmith.Edits.PayerRules;

/// <summary>What a payer rule does when its conditions hold.</summary>
public enum PayerRuleAction : byte
{
    /// <summary>An error finding: the claim stops.</summary>
    Error = 0,

    /// <summary>A warning finding.</summary>
    Warn = 1,

    /// <summary>An error when the line lacks <see cref="PayerRule.Modifier"/>.</summary>
    RequireModifier = 2,

    /// <summary>An error when the claim has no prior authorization number.</summary>
    RequireAuthorization = 3,
}
