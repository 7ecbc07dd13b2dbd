namespace Claimsmith.Web.Jobs;

/// <summary>A workbench job's status as <c>GET /api/jobs/{id}</c> answers it.</summary>
/// <param name="Id">Job id.</param>
/// <param name="Kind">What it does.</param>
/// <param name="Title">What it does in a few words.</param>
/// <param name="State">Queued, running, done, failed or cancelled.</param>
/// <param name="Total">Items to handle.</param>
/// <param name="Done">Items handled so far.</param>
/// <param name="Succeeded">Items handled without error.</param>
/// <param name="Failed">Items that failed (see <paramref name="Errors"/>).</param>
/// <param name="Errors">The first per-item errors, each with the item's id and a plain message.</param>
/// <param name="ErrorsLeftOut">Errors counted but not listed.</param>
/// <param name="StartedBy">User who started it.</param>
/// <param name="OrganizationId">The organization it works for, when one.</param>
/// <param name="QueuedAt">When it was started.</param>
/// <param name="StartedAt">When it began working.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="Progress">"N of M items done" in words.</param>
/// <param name="Message">The outcome or the error in words.</param>
/// <param name="Tallies">Named counts of the outcome (a scrub: clean, withErrors, withWarnings).</param>
/// <param name="Link">A screen showing the outcome, when there is one.</param>
/// <param name="LinkText">The link's words.</param>
/// <param name="CanCancel">Whether the asker may cancel it now.</param>
/// <param name="CancelledBy">Who asked it to stop.</param>
internal sealed record JobView(Guid Id, JobKind Kind, string Title, JobState State, int Total, int Done, int Succeeded, int Failed,
    IReadOnlyList<JobItemError> Errors, int ErrorsLeftOut, string StartedBy, Guid? OrganizationId, DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string Progress, string Message, IReadOnlyDictionary<string, int> Tallies,
    string? Link, string? LinkText, bool CanCancel, string? CancelledBy)
{
    public bool IsFinished => State is JobState.Done or JobState.Failed or JobState.Cancelled;
}
