using Claimsmith.Billing;

namespace Claimsmith.Data;

/// <summary>What recording a 271 did: the answers (matched or not) and the problems reading it.</summary>
public sealed record EligibilityResponseResult(IReadOnlyList<EligibilityAnswer> Answers, IReadOnlyList<BillingIssue> Issues);
