using Claimsmith.Billing;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Ledger;

public sealed class LedgerLineTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void LineLevelPostings_CarryTheClaimLine()
    {
        var claim = ClaimBuilder.Build(TestData.Request(), _clock).Claim!;
        var line = claim.Lines[0].Id;
        var ledger = new Billing.Ledger([], _clock);
        Assert.True(ledger.PostCharges(claim, "biller").Succeeded);

        var payment = ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(10m), "TRACE1", "biller", lineId: line);
        var adjustment = ledger.PostAdjustment(claim, LedgerBucket.Insurance, Money.Of(5m), "CO-45", "biller", lineId: line);
        var transfer = ledger.Transfer(claim, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(2m), "biller", "PR-2", lineId: line);

        Assert.All(payment.Entries.Concat(adjustment.Entries).Concat(transfer.Entries), e => Assert.Equal(line, e.ClaimLineId));
        Assert.Equal(Money.Of(2m), ledger.ClaimBalance(claim.Id).Patient);
    }
}
