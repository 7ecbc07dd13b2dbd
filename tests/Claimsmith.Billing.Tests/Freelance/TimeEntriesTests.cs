using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Freelance;

public sealed class TimeEntriesTests
{
    private static readonly Guid Client = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static TimeEntry Entry(int minutes, TimeEntryCategory category = TimeEntryCategory.Meeting, Guid? supersedes = null, string user = "coder@example.org", int createdMinute = 0) =>
        new() { OrganizationId = Client, User = user, Date = new DateOnly(2026, 3, 9), Minutes = minutes, Category = category, SupersedesId = supersedes, CreatedBy = user, CreatedAt = Now.AddMinutes(createdMinute) };

    [Fact]
    public void Correction_SupersedesOriginal_WhichStaysInHistory()
    {
        var meeting = Entry(60);
        var corrected = Entry(45, supersedes: meeting.Id, createdMinute: 1);
        var training = Entry(30, TimeEntryCategory.Training);
        var all = new[] { meeting, corrected, training };

        var effective = TimeEntries.Effective(all);

        Assert.Equal(75, effective.Sum(e => e.Minutes));
        Assert.DoesNotContain(meeting, effective);
        Assert.Equal(3, all.Length); // nothing was overwritten: the original still exists as history
        Assert.Equal(60, meeting.Minutes);
    }

    [Fact]
    public void ChainOfCorrections_LastWins_ZeroWithdraws()
    {
        var a = Entry(60);
        var b = Entry(50, supersedes: a.Id, createdMinute: 1);
        var c = Entry(0, supersedes: b.Id, createdMinute: 2);

        Assert.Equal(0, TimeEntries.Effective([a, b, c]).Sum(e => e.Minutes));
    }

    [Fact]
    public void NegativeCorrectionOfCapturedTime_IsAllowed_OtherNegativesAreNot()
    {
        Assert.Empty(TimeEntries.Validate(Entry(-20, TimeEntryCategory.CapturedCorrection), []));
        Assert.Equal(["time.negative"], TimeEntries.Validate(Entry(-20, TimeEntryCategory.Meeting), []).Select(i => i.Code));
    }

    [Theory]
    [InlineData(1441, "time.minutes")]
    [InlineData(-1441, "time.minutes")]
    public void MoreThanADay_IsRefused(int minutes, string code)
    {
        Assert.Contains(code, TimeEntries.Validate(Entry(minutes, TimeEntryCategory.CapturedCorrection), []).Select(i => i.Code));
    }

    [Fact]
    public void CorrectingAnAlreadyCorrectedEntry_IsRefused()
    {
        var a = Entry(60);
        var b = Entry(50, supersedes: a.Id);

        Assert.Equal(["time.alreadyCorrected"], TimeEntries.Validate(Entry(40, supersedes: a.Id), [a, b]).Select(i => i.Code));
        Assert.Empty(TimeEntries.Validate(Entry(40, supersedes: b.Id), [a, b]));
    }

    [Fact]
    public void CorrectingAnotherUsersEntry_IsRefused()
    {
        var theirs = Entry(60, user: "other@example.org");

        Assert.Equal(["time.supersedes"], TimeEntries.Validate(Entry(40, supersedes: theirs.Id), [theirs]).Select(i => i.Code));
    }
}
