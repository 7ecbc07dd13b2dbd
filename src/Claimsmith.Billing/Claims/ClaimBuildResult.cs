namespace Claimsmith.Billing;

/// <summary>The built claim (null when it could not be built) and the issues found.</summary>
public sealed record ClaimBuildResult(Claim? Claim, IReadOnlyList<BillingIssue> Issues);
