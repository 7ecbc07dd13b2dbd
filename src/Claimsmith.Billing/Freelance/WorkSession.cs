namespace Claimsmith.Billing;

/// <summary>A stretch of uninterrupted work by one user, built from activity events by <see cref="WorkSessions"/>; each interval names its client.</summary>
public sealed record WorkSession(string User, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<WorkInterval> Intervals)
{
    /// <summary>Time worked (the sum of the intervals; idle gaps are not in any interval).</summary>
    public TimeSpan Duration => Intervals.Aggregate(TimeSpan.Zero, (sum, i) => sum + i.Duration);

    /// <summary>The part of the session spent on one client (null when none of it was).</summary>
    public WorkSession? For(Guid organizationId)
    {
        var mine = Intervals.Where(i => i.OrganizationId == organizationId).ToList();
        return mine.Count == 0 ? null : new WorkSession(User, mine[0].Start, mine[^1].End, mine);
    }
}
