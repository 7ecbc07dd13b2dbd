namespace Claimsmith.Billing;

/// <summary>A stretch of uninterrupted work by one user on one client, built from activity events by <see cref="WorkSessions"/>.</summary>
public sealed record WorkSession(string User, Guid OrganizationId, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<WorkInterval> Intervals)
{
    /// <summary>Time worked (the sum of the intervals; idle gaps are not in any interval).</summary>
    public TimeSpan Duration => Intervals.Aggregate(TimeSpan.Zero, (sum, i) => sum + i.Duration);
}
