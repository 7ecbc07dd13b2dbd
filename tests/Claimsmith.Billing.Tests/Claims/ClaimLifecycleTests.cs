using Claimsmith.Billing;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Claims;

public sealed class ClaimLifecycleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero));

    private Claim NewClaim() => ClaimBuilder.Build(TestData.Request(), _clock).Claim!;

    [Fact]
    public void HappyPath_RecordsEveryChangeWithWhoAndWhen()
    {
        var claim = NewClaim();
        Assert.Empty(claim.MarkReady("coder1", _clock));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(claim.TransitionTo(ClaimStatus.Submitted, "biller1", _clock));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Null(claim.TransitionTo(ClaimStatus.Accepted, "system", _clock));
        Assert.Null(claim.TransitionTo(ClaimStatus.Denied, "system", _clock));
        Assert.Null(claim.TransitionTo(ClaimStatus.Appealed, "biller1", _clock, "Medical necessity letter sent"));
        Assert.Null(claim.TransitionTo(ClaimStatus.Paid, "system", _clock));
        Assert.Null(claim.TransitionTo(ClaimStatus.Closed, "biller1", _clock));

        Assert.Equal(ClaimStatus.Closed, claim.Status);
        Assert.Equal(
            [ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Denied, ClaimStatus.Appealed, ClaimStatus.Paid, ClaimStatus.Closed],
            claim.History.Select(h => h.To));
        Assert.Equal("biller1", claim.History[2].By);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 10, 0, 0, TimeSpan.Zero), claim.History[2].At);
        Assert.Equal(ClaimStatus.Ready, claim.History[2].From);
    }

    [Theory]
    [InlineData(ClaimStatus.Draft, ClaimStatus.Submitted)]
    [InlineData(ClaimStatus.Draft, ClaimStatus.Paid)]
    [InlineData(ClaimStatus.Draft, ClaimStatus.Closed)]
    public void IllegalTransition_IsRefusedAndNotRecorded(ClaimStatus from, ClaimStatus to)
    {
        var claim = NewClaim();
        Assert.Equal(from, claim.Status);
        var issue = claim.TransitionTo(to, "biller1", _clock);
        Assert.Equal("claim.transition", issue?.Code);
        Assert.Equal(from, claim.Status);
        Assert.Single(claim.History);
    }

    [Fact]
    public void TerminalStatuses_AllowNothing()
    {
        Assert.Empty(ClaimLifecycle.Next(ClaimStatus.Closed));
        Assert.Empty(ClaimLifecycle.Next(ClaimStatus.Voided));
        foreach (var s in Enum.GetValues<ClaimStatus>())
        {
            Assert.False(ClaimLifecycle.IsAllowed(ClaimStatus.Voided, s));
        }
    }

    [Fact]
    public void EveryStatus_IsReachableFromDraft()
    {
        var seen = new HashSet<ClaimStatus> { ClaimStatus.Draft };
        var queue = new Queue<ClaimStatus>(seen);
        while (queue.TryDequeue(out var s))
        {
            foreach (var n in ClaimLifecycle.Next(s))
            {
                if (seen.Add(n))
                {
                    queue.Enqueue(n);
                }
            }
        }

        Assert.Equal(Enum.GetValues<ClaimStatus>().Length, seen.Count);
    }

    [Fact]
    public void MarkReady_IncompleteClaim_ReturnsIssuesAndStaysDraft()
    {
        var claim = NewClaim();
        claim.Lines[0].SetPointers([]);
        claim.Lines[1].Units = 0;
        claim.Subscriber = claim.Subscriber with { MemberId = "" };
        var issues = claim.MarkReady("coder1", _clock);
        Assert.Equal(["line.pointers", "line.units", "subscriber.memberId"], issues.Select(i => i.Code).Order());
        Assert.Equal(ClaimStatus.Draft, claim.Status);
    }

    [Fact]
    public void MarkReady_InpatientWithoutPoa_IsRefused()
    {
        var claim = ClaimBuilder.Build(TestData.Request(ClaimKind.Institutional), _clock).Claim!;
        Assert.Empty(ClaimValidator.Validate(claim));
        claim.Diagnoses[1].PresentOnAdmission = null;
        var issue = Assert.Single(ClaimValidator.Validate(claim));
        Assert.Equal("diagnosis.poa", issue.Code);
        Assert.Equal("diagnoses[1].presentOnAdmission", issue.Location);
    }

    [Fact]
    public void Replacement_NeedsOriginalReference()
    {
        var claim = NewClaim();
        claim.Frequency = ClaimFrequency.Replacement;
        Assert.Contains(ClaimValidator.Validate(claim), i => i.Code == "claim.originalReference");
        claim.OriginalReferenceNumber = "PAYER123";
        Assert.Empty(ClaimValidator.Validate(claim));
    }
}
