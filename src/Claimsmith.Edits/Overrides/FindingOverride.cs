namespace Claimsmith.Edits.Overrides;

/// <summary>
/// A user's decision that a finding does not apply to a claim (e.g. an Excludes1 pair for
/// unrelated conditions, guideline I.A.12.a exception), kept for audit.
/// </summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="RuleId">The finding's rule id.</param>
/// <param name="Line">The finding's line (0 for the claim).</param>
/// <param name="Code">The finding's code, when it has one (an override covers that code only).</param>
/// <param name="User">Who overrode it.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
public sealed record FindingOverride(string ClaimId, string RuleId, int Line, string? Code, string User, string Reason, DateTimeOffset At);
