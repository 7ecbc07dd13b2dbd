namespace Claimsmith.Billing;

/// <summary>One step in a work item's history (created, assigned, note, resolved); never changed.</summary>
public sealed class DenialWorkItemEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkItemId { get; set; }
    public DateTimeOffset At { get; set; }
    public string By { get; set; } = "";
    /// <summary><c>created</c>, <c>assigned</c>, <c>note</c>, <c>resolved</c>.</summary>
    public string Action { get; set; } = "";
    /// <summary>The note, assignee or resolution (may quote the record: encrypted at rest).</summary>
    public string? Text { get; set; }
}
