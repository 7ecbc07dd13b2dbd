namespace Claimsmith.Edits.PayerRules;

/// <summary>One rule's effect in a dry run.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Findings">Findings it would have given.</param>
/// <param name="Claims">Claims it would have fired on.</param>
/// <param name="SampleClaimIds">Up to ten of those claims, to review.</param>
public sealed record DryRunRuleResult(string RuleId, int Findings, int Claims, IReadOnlyList<string> SampleClaimIds);
