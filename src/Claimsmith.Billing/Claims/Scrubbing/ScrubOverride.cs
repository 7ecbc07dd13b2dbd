using Claimsmith.Edits.Overrides;

namespace Claimsmith.Billing;

/// <summary>
/// A biller's decision that a scrubber finding does not apply to a claim, with the reason, kept
/// for audit (who, when, which rule, which line and code). Rows are only ever added: a changed
/// mind is a new decision, and the newest one for a finding is the one that counts.
/// </summary>
public sealed class ScrubOverride
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClaimId { get; set; }
    /// <summary>The finding's stable rule id (e.g. <c>dx.excludes1</c>, or a payer rule's id).</summary>
    public required string RuleId { get; set; }
    /// <summary>The finding's claim line (0 for the claim as a whole).</summary>
    public int Line { get; set; }
    /// <summary>The finding's code, when it names one: the override covers that code only.</summary>
    public string? Code { get; set; }
    public required string Reason { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The override as the scrubber's <see cref="OverrideLog"/> reads it (claims are scrubbed under their claim number).</summary>
    public FindingOverride ToFindingOverride(string claimNumber) => new(claimNumber, RuleId, Line, Code, By, Reason, At);
}
