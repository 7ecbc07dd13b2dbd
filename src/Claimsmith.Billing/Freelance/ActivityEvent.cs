namespace Claimsmith.Billing;

/// <summary>
/// A report from a work screen that a user is working on a client's encounter or claim: the raw
/// material of captured time (<see cref="WorkSessions"/>). Rows are only ever added.
/// </summary>
public sealed class ActivityEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The client organization the work is for.</summary>
    public Guid OrganizationId { get; set; }
    /// <summary>User name of who is working.</summary>
    public required string User { get; set; }
    public Guid? EncounterId { get; set; }
    public Guid? ClaimId { get; set; }
    /// <summary>The screen (e.g. <c>coding</c>, <c>claim</c>, <c>denials</c>).</summary>
    public required string Screen { get; set; }
    public ActivityEventKind Kind { get; set; }
    /// <summary>When it happened (as the server received it).</summary>
    public DateTimeOffset At { get; set; }
}
