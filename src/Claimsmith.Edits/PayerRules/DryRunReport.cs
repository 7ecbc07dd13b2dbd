namespace Claimsmith.Edits.PayerRules;

/// <summary>What a rule set would have done to a set of past claims.</summary>
/// <param name="ClaimsChecked">Number of claims run.</param>
/// <param name="Rules">Per rule, in the rule set's order.</param>
public sealed record DryRunReport(int ClaimsChecked, IReadOnlyList<DryRunRuleResult> Rules)
{
    /// <summary>Claims that at least one error-level rule would have stopped.</summary>
    public int ClaimsStopped { get; init; }
}
