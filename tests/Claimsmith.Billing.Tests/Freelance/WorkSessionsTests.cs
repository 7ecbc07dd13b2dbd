using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Freelance;

public sealed class WorkSessionsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClientA = Guid.CreateVersion7();
    private static readonly Guid ClientB = Guid.CreateVersion7();
    private static readonly Guid Chart1 = Guid.CreateVersion7();
    private static readonly Guid Chart2 = Guid.CreateVersion7();

    private static ActivityEvent At(int minute, Guid? client = null, Guid? encounter = null, string user = "coder@example.org", ActivityEventKind kind = ActivityEventKind.Heartbeat, int second = 0) =>
        new() { User = user, OrganizationId = client ?? ClientA, EncounterId = encounter ?? Chart1, Screen = "coding", Kind = kind, At = T0.AddMinutes(minute).AddSeconds(second) };

    [Fact]
    public void Heartbeats_WithinPause_AreOneSession()
    {
        var sessions = WorkSessions.Build([At(0), At(1), At(2), At(4), At(9)], TimeSpan.FromMinutes(5));

        var s = Assert.Single(sessions);
        Assert.Equal(TimeSpan.FromMinutes(9), s.Duration);
        Assert.Equal(T0, s.Start);
        Assert.Equal(T0.AddMinutes(9), s.End);
    }

    [Fact]
    public void GapOverPause_IsIdle_AndNotCounted()
    {
        // 0..3 worked (3 min), 3..20 idle (17 min > 5), 20..22 worked (2 min).
        var sessions = WorkSessions.Build([At(0), At(1), At(3), At(20), At(21), At(22)], TimeSpan.FromMinutes(5));

        Assert.Equal(2, sessions.Count);
        Assert.Equal(TimeSpan.FromMinutes(3), sessions[0].Duration);
        Assert.Equal(TimeSpan.FromMinutes(2), sessions[1].Duration);
    }

    [Fact]
    public void GapExactlyThePause_Counts_OneSecondMore_DoesNot()
    {
        var exactly = WorkSessions.Build([At(0), At(5)], TimeSpan.FromMinutes(5));
        var over = WorkSessions.Build([At(0), At(5, second: 1)], TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(5), Assert.Single(exactly).Duration);
        Assert.Empty(over);
    }

    [Fact]
    public void PauseIsConfigurable()
    {
        var events = new[] { At(0), At(8), At(10) };

        Assert.Equal(TimeSpan.FromMinutes(2), Assert.Single(WorkSessions.Build(events, TimeSpan.FromMinutes(5))).Duration);
        Assert.Equal(TimeSpan.FromMinutes(10), Assert.Single(WorkSessions.Build(events, TimeSpan.FromMinutes(10))).Duration);
    }

    [Fact]
    public void EndEvent_ClosesSession()
    {
        var sessions = WorkSessions.Build([At(0), At(2), At(3, kind: ActivityEventKind.End), At(4), At(6)], TimeSpan.FromMinutes(5));

        Assert.Equal(2, sessions.Count);
        Assert.Equal(TimeSpan.FromMinutes(3), sessions[0].Duration);
        Assert.Equal(TimeSpan.FromMinutes(2), sessions[1].Duration);
    }

    [Fact]
    public void IntervalsBelongToTheEarlierEventsChart()
    {
        var sessions = WorkSessions.Build([At(0, encounter: Chart1), At(4, encounter: Chart2), At(5, encounter: Chart2)], TimeSpan.FromMinutes(5));

        var s = Assert.Single(sessions);
        Assert.Equal(TimeSpan.FromMinutes(4), s.Intervals.Where(i => i.EncounterId == Chart1).Aggregate(TimeSpan.Zero, (a, i) => a + i.Duration));
        Assert.Equal(TimeSpan.FromMinutes(1), s.Intervals.Where(i => i.EncounterId == Chart2).Aggregate(TimeSpan.Zero, (a, i) => a + i.Duration));
    }

    [Fact]
    public void SwitchingClient_SplitsTheMinutes_NoDoubleCounting()
    {
        // Two clients' screens open: each minute goes to the screen that reported last, never to both.
        var sessions = WorkSessions.Build([At(0, ClientA), At(2, ClientA), At(3, ClientB), At(5, ClientB), At(6, ClientA), At(7, ClientA)], TimeSpan.FromMinutes(5));

        var s = Assert.Single(sessions);
        Assert.Equal(TimeSpan.FromMinutes(7), s.Duration);
        Assert.Equal(TimeSpan.FromMinutes(4), s.For(ClientA)!.Duration);
        Assert.Equal(TimeSpan.FromMinutes(3), s.For(ClientB)!.Duration);
    }

    [Fact]
    public void TabsOfTwoClientsReportingAlternately_LoseNoTime()
    {
        var events = Enumerable.Range(0, 10).Select(m => At(m, m % 2 == 0 ? ClientA : ClientB)).ToList();

        var s = Assert.Single(WorkSessions.Build(events, TimeSpan.FromMinutes(5)));
        Assert.Equal(TimeSpan.FromMinutes(9), s.Duration);
        Assert.Equal(TimeSpan.FromMinutes(5), s.For(ClientA)!.Duration);
        Assert.Equal(TimeSpan.FromMinutes(4), s.For(ClientB)!.Duration);
    }

    [Fact]
    public void UsersAreSeparate_AndOrderOfEventsDoesNotMatter()
    {
        var events = new[] { At(3, user: "b"), At(0, user: "a"), At(0, user: "b"), At(2, user: "a") };

        var sessions = WorkSessions.Build(events, TimeSpan.FromMinutes(5));

        Assert.Equal(["a", "b"], sessions.Select(s => s.User));
        Assert.Equal([2d, 3d], sessions.Select(s => s.Duration.TotalMinutes));
    }

    [Fact]
    public void SingleHeartbeat_IsNoTime()
    {
        Assert.Empty(WorkSessions.Build([At(0)], TimeSpan.FromMinutes(5)));
    }
}
