namespace Claimsmith.Billing;

/// <summary>
/// Time added by hand (meetings, audits, training) or a correction of captured time, per client,
/// user and day. Rows are only ever added: a correction is a new entry that supersedes an earlier
/// one (<see cref="SupersedesId"/>), so the history of what was claimed stays; a withdrawn entry
/// is superseded by one of zero minutes.
/// </summary>
public sealed class TimeEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    /// <summary>User name of whose time it is.</summary>
    public required string User { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>Minutes; negative only for <see cref="TimeEntryCategory.CapturedCorrection"/>.</summary>
    public int Minutes { get; set; }
    public TimeEntryCategory Category { get; set; }
    public string Note { get; set; } = "";
    /// <summary>The entry this one corrects.</summary>
    public Guid? SupersedesId { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
