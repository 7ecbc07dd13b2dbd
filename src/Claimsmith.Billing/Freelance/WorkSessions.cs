namespace Claimsmith.Billing;

/// <summary>
/// Builds work sessions from the activity events screens report. Events of one user are taken in
/// time order; the time from one event to the next counts as work on the earlier event's client,
/// encounter and screen when the gap is at most the idle pause. A longer gap is idle time and counts
/// for nothing (not even the pause itself: a user who walked away did not work the first minutes
/// either, and a heartbeat arrives every minute while a screen is in use). An <see cref="ActivityEventKind.End"/>
/// event closes the session. A user's minutes go to the screen that reported last, so they are
/// never counted twice even with several clients' screens open: each interval carries its own
/// client, and a session may span clients.
/// </summary>
public static class WorkSessions
{
    /// <summary>The default idle pause: five minutes.</summary>
    public static TimeSpan DefaultPause { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Sessions of every user in <paramref name="events"/>, ordered by user and start; sessions without any counted time are left out.</summary>
    public static IReadOnlyList<WorkSession> Build(IEnumerable<ActivityEvent> events, TimeSpan pause)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pause, TimeSpan.Zero);
        var sessions = new List<WorkSession>();
        foreach (var byUser in events.GroupBy(e => e.User, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            ActivityEvent? previous = null;
            var intervals = new List<WorkInterval>();
            foreach (var e in byUser.OrderBy(e => e.At).ThenBy(e => e.Id))
            {
                if (previous is not null)
                {
                    var continues = previous.Kind != ActivityEventKind.End && e.At - previous.At <= pause;
                    if (continues)
                    {
                        if (e.At > previous.At)
                        {
                            intervals.Add(new WorkInterval(previous.OrganizationId, previous.EncounterId, previous.ClaimId, previous.Screen, previous.At, e.At));
                        }
                    }
                    else
                    {
                        Close(sessions, byUser.Key, intervals);
                    }
                }

                previous = e;
            }

            Close(sessions, byUser.Key, intervals);
        }

        return sessions;
    }

    private static void Close(List<WorkSession> sessions, string user, List<WorkInterval> intervals)
    {
        if (intervals.Count > 0)
        {
            sessions.Add(new WorkSession(user, intervals[0].Start, intervals[^1].End, [.. intervals]));
            intervals.Clear();
        }
    }
}
