using Claimsmith.Billing;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Appeals;

public sealed class AppealTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Deadline_UsesThePayersWindow_OrTheDefault()
    {
        var denied = new DateOnly(2026, 4, 15);
        Assert.Equal(new DateOnly(2026, 10, 12), AppealDeadlines.Deadline(denied, new Payer { Name = "P", PayerIdentifier = "P1" })); // 180 days
        Assert.Equal(new DateOnly(2026, 8, 13), AppealDeadlines.Deadline(denied, new Payer { Name = "M", PayerIdentifier = "M1", AppealWindowDays = 120 }));
        Assert.Equal(new DateOnly(2026, 10, 12), AppealDeadlines.Deadline(denied, null));
        Assert.Equal(-3, AppealDeadlines.DaysLeft(new DateOnly(2026, 5, 29), new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Levels_FollowDecisions_AndHistoryIsKept()
    {
        var claim = ClaimBuilder.Build(TestData.Request(), _clock).Claim!;
        var payer = new Payer { Name = "Acme", PayerIdentifier = "ACME1", AppealWindowDays = 60 };
        var (first, issue) = Appeal.Open(claim, [], payer, new DateOnly(2026, 5, 1), "co-50 n115", Money.Of(150m), "biller", _clock);
        Assert.Null(issue);
        Assert.Equal(1, first!.Level);
        Assert.Equal("CO-50 N115", first.DenialCodes);
        Assert.Equal(DenialCategory.MedicalNecessity, first.Category);
        Assert.Equal(new DateOnly(2026, 6, 30), first.Deadline);

        Assert.Equal("appeal.pending", Appeal.Open(claim, [first], payer, new DateOnly(2026, 5, 1), "CO-50", Money.Of(150m), "biller", _clock).Issue?.Code);
        Assert.Null(first.File(new DateOnly(2026, 5, 10), "biller", _clock));
        Assert.Equal("appeal.recovered", first.Decide(AppealOutcome.Lost, Money.Of(1m), new DateOnly(2026, 6, 1), "biller", _clock)?.Code);
        Assert.Null(first.Decide(AppealOutcome.Lost, Money.Zero, new DateOnly(2026, 6, 1), "biller", _clock, "Upheld"));

        var (second, _) = Appeal.Open(claim, [first], payer, new DateOnly(2026, 6, 1), "CO-50", Money.Of(150m), "biller", _clock);
        Assert.Equal(2, second!.Level);
        Assert.Null(second.Decide(AppealOutcome.PartiallyWon, Money.Of(90m), new DateOnly(2026, 7, 1), "biller", _clock));
        Assert.Equal(["opened", "filed", "decided"], first.History.Select(h => h.Action));
        Assert.Equal(AppealOutcome.Lost, first.History[^1].Outcome);
        Assert.Equal(Money.Of(90m), second.AmountRecovered);

        var (_, closed) = Appeal.Open(claim, [first, second], payer, new DateOnly(2026, 7, 1), "CO-50", Money.Of(60m), "biller", _clock);
        Assert.Null(closed);
        second.Outcome = AppealOutcome.Won;
        Assert.Equal("appeal.closed", Appeal.Open(claim, [first, second], payer, new DateOnly(2026, 7, 1), "CO-50", Money.Of(60m), "biller", _clock).Issue?.Code);
    }
}
