namespace Claimsmith.Billing;

/// <summary>The members read from a 271 in plain terms, and the problems found reading it.</summary>
/// <param name="Members">One entry per subscriber or dependent answered.</param>
/// <param name="Issues">Reading problems (code, location, message).</param>
public sealed record EligibilityReadResult(IReadOnlyList<EligibilityBenefits> Members, IReadOnlyList<BillingIssue> Issues);
