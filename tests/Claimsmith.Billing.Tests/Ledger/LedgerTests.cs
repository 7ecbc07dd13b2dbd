using Claimsmith.Billing;
using CsCheck;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Ledger;

public sealed class LedgerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero));

    private Claim NewClaim() => ClaimBuilder.Build(TestData.Request(), _clock).Claim!;

    [Fact]
    public void Charges_PaymentAndPatientResponsibility_Balance()
    {
        var claim = NewClaim();
        var ledger = new Billing.Ledger([], _clock);
        Assert.True(ledger.PostCharges(claim, "biller1").Succeeded);
        Assert.Equal(Money.Of(175.50m), ledger.ClaimBalance(claim.Id).Insurance);

        // 835: paid 100, CO-45 write-off 50.50, PR-2 coinsurance 25 to the patient.
        Assert.True(ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(100m), "EFT123", "biller1").Succeeded);
        Assert.True(ledger.PostAdjustment(claim, LedgerBucket.Insurance, Money.Of(50.50m), "CO-45", "biller1").Succeeded);
        Assert.True(ledger.Transfer(claim, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(25m), "biller1", "PR-2").Succeeded);

        var balance = ledger.ClaimBalance(claim.Id);
        Assert.Equal(Money.Zero, balance.Insurance);
        Assert.Equal(Money.Of(25m), balance.Patient);
        Assert.Equal(Money.Of(25m), ledger.PatientBalance(claim.PatientId).Total);
    }

    [Fact]
    public void PostCharges_Twice_IsRefused()
    {
        var claim = NewClaim();
        var ledger = new Billing.Ledger([], _clock);
        ledger.PostCharges(claim, "biller1");
        var again = ledger.PostCharges(claim, "biller1");
        Assert.Equal("ledger.duplicateCharge", again.Issue?.Code);
        Assert.Equal(2, ledger.Entries.Count);
    }

    [Fact]
    public void Transfer_MoreThanOwed_IsRefused()
    {
        var claim = NewClaim();
        var ledger = new Billing.Ledger([], _clock);
        ledger.PostCharges(claim, "biller1");
        Assert.Equal("ledger.transfer", ledger.Transfer(claim, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(500m), "biller1").Issue?.Code);
    }

    [Fact]
    public void Reverse_CancelsOnceAndOnlyOnce()
    {
        var claim = NewClaim();
        var ledger = new Billing.Ledger([], _clock);
        ledger.PostCharges(claim, "biller1");
        var payment = ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(10m), null, "biller1").Entries[0];
        Assert.True(ledger.Reverse(payment.Id, "biller1").Succeeded);
        Assert.Equal(Money.Of(175.50m), ledger.ClaimBalance(claim.Id).Total);
        Assert.Equal("ledger.reverse", ledger.Reverse(payment.Id, "biller1").Issue?.Code);
        // The original entry is still there, unchanged: the ledger only grows.
        Assert.Contains(ledger.Entries, e => e.Id == payment.Id && e.Amount == Money.Of(-10m));
    }

    [Fact]
    public void RefusedPostings_LeaveNoEntries()
    {
        var claim = NewClaim();
        var ledger = new Billing.Ledger([], _clock);
        Assert.False(ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Zero, null, "b").Succeeded);
        Assert.False(ledger.PostAdjustment(claim, LedgerBucket.Insurance, Money.Of(1m), "", "b").Succeeded);
        Assert.False(ledger.Transfer(claim, LedgerBucket.Patient, LedgerBucket.Patient, Money.Of(1m), "b").Succeeded);
        Assert.Empty(ledger.Entries);
        Assert.Empty(ledger.Pending);
    }

    /// <summary>
    /// Property: after any sequence of postings over two claims of one patient, each claim's
    /// balance equals the sum of its entries, the patient's balance equals the sum of the claims'
    /// balances, and transfers never change a claim's total.
    /// </summary>
    [Fact]
    public void AnySequenceOfPostings_KeepsBalancesEqualToSums()
    {
        var op = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1], Gen.Int[-5000, 20000], Gen.Int[0, 1]);
        op.Array[1, 40].Sample(ops =>
        {
            var request = TestData.Request();
            var a = ClaimBuilder.Build(request, _clock).Claim!;
            var b = ClaimBuilder.Build(request with { ClaimNumber = "CS000002" }, _clock).Claim!;
            var ledger = new Billing.Ledger([], _clock);
            ledger.PostCharges(a, "t");
            ledger.PostCharges(b, "t");
            foreach (var (kind, which, cents, bucket) in ops)
            {
                var claim = which == 0 ? a : b;
                var amount = Money.FromCents(cents);
                var totalBefore = ledger.ClaimBalance(claim.Id).Total;
                switch (kind)
                {
                    case 0: ledger.PostPayment(claim, (LedgerBucket)bucket, amount, null, "t"); break;
                    case 1: ledger.PostAdjustment(claim, (LedgerBucket)bucket, amount, "CO-45", "t"); break;
                    case 2:
                        ledger.Transfer(claim, (LedgerBucket)bucket, (LedgerBucket)(1 - bucket), amount, "t");
                        Assert.Equal(totalBefore, ledger.ClaimBalance(claim.Id).Total);
                        break;
                    case 3 when ledger.Entries.Count > 0:
                        ledger.Reverse(ledger.Entries[Math.Abs(cents) % ledger.Entries.Count].Id, "t");
                        break;
                    default: ledger.PostCharges(claim, "t"); break;
                }
            }

            foreach (var c in new[] { a, b })
            {
                Assert.Equal(Money.Sum(ledger.Entries.Where(e => e.ClaimId == c.Id).Select(e => e.Amount)), ledger.ClaimBalance(c.Id).Total);
            }

            Assert.Equal(ledger.ClaimBalance(a.Id).Total + ledger.ClaimBalance(b.Id).Total, ledger.PatientBalance(a.PatientId).Total);
            Assert.Equal(Money.Zero, Money.Sum(ledger.Entries.Where(e => e.Kind == LedgerEntryKind.Transfer).Select(e => e.Amount)));
            Assert.Equal(ledger.Entries.Count, ledger.Entries.Select(e => e.Id).Distinct().Count());
        }, iter: 300);
    }
}
