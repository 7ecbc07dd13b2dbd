using Claimsmith.Billing;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Statements;

public sealed class PatientBillingTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    // Two visits of one patient: March 10 (175.50) and May 20 (175.50), each adjudicated.
    private (ClaimBuildRequest Request, Claim Old, Claim New, Billing.Ledger Ledger) TwoVisits()
    {
        var request = TestData.Request();
        var old = ClaimBuilder.Build(request, _clock).Claim!;
        var recent = ClaimBuilder.Build(request with { ClaimNumber = "CS000002" }, _clock).Claim!;
        recent.ServiceFrom = recent.ServiceTo = new DateOnly(2026, 5, 20);
        var ledger = new Billing.Ledger([], _clock);
        foreach (var c in new[] { old, recent })
        {
            Assert.True(ledger.PostCharges(c, "biller").Succeeded);
        }

        // Old visit: insurance pays 100.00 on line 1, writes off 30.00 (CO-45); 20.00 deductible and 25.50 coinsurance to the patient.
        ledger.PostPayment(old, LedgerBucket.Insurance, Money.Of(100m), "TRN1", "biller", lineId: old.Lines[0].Id);
        ledger.PostAdjustment(old, LedgerBucket.Insurance, Money.Of(30m), "CO-45", "biller", lineId: old.Lines[0].Id);
        ledger.Transfer(old, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(20m), "biller", "PR-1", lineId: old.Lines[0].Id);
        ledger.Transfer(old, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(25.50m), "biller", "PR-2", lineId: old.Lines[1].Id);
        // New visit: insurance pays 120.00, writes off 40.00, 15.50 copay to the patient.
        ledger.PostPayment(recent, LedgerBucket.Insurance, Money.Of(120m), "TRN2", "biller");
        ledger.PostAdjustment(recent, LedgerBucket.Insurance, Money.Of(40m), "CO-45", "biller");
        ledger.Transfer(recent, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(15.50m), "biller", "PR-3");
        return (request, old, recent, ledger);
    }

    [Fact]
    public void Statement_TotalsEqualTheLedger_ToTheCent()
    {
        var (request, old, recent, ledger) = TwoVisits();
        PatientBilling.PostPayment(ledger, [old, recent], Money.Of(10m), PatientPaymentMethod.Cash, null, "front");
        var statement = StatementBuilder.Build(new StatementRequest
        {
            Organization = request.Organization,
            Patient = request.Patient,
            Claims = [old, recent],
            Entries = ledger.Entries,
            StatementNumber = "ST00000001",
            StatementDate = new DateOnly(2026, 6, 1),
        });

        // Hand computation: charges 2 x 175.50 = 351.00; insurance paid 220.00; adjusted 70.00;
        // patient owes 20.00 + 25.50 + 15.50 = 61.00, paid 10.00 -> due 51.00.
        Assert.Equal(Money.Of(351m), statement.Totals.Charges);
        Assert.Equal(Money.Of(220m), statement.Totals.InsurancePayments);
        Assert.Equal(Money.Of(70m), statement.Totals.Adjustments);
        Assert.Equal(Money.Of(10m), statement.Totals.PatientPayments);
        Assert.Equal(Money.Of(51m), statement.AmountDue);
        Assert.Equal(ledger.PatientBalance(request.Patient.Id).Patient, statement.AmountDue);
        Assert.Equal(ledger.PatientBalance(request.Patient.Id).Total,
            statement.Totals.Charges - statement.Totals.InsurancePayments - statement.Totals.Adjustments - statement.Totals.PatientPayments);
        Assert.Equal(Money.Zero, statement.PendingInsurance);
        // Aging from the date of service to June 1: March 10 is 83 days (61-90), May 20 is 12 days (current).
        // The 10.00 went to the oldest visit first: 45.50 - 10.00 = 35.50 in 61-90.
        Assert.Equal(Money.Of(35.50m), statement.Aging.Days61To90);
        Assert.Equal(Money.Of(15.50m), statement.Aging.Current);
        Assert.Equal(statement.AmountDue, statement.Aging.Total);
        Assert.Equal(new DateOnly(2026, 7, 1), statement.DueDate);
        Assert.Equal(2, statement.Visits.Count);
        Assert.Equal(Money.Of(150m), statement.Visits[0].Lines[0].Charge);
    }

    [Fact]
    public void Payment_WithoutClaim_GoesToTheOldestBalanceFirst_AndTheRestBecomesCredit()
    {
        var (_, old, recent, ledger) = TwoVisits();

        var result = PatientBilling.PostPayment(ledger, [recent, old], Money.Of(70m), PatientPaymentMethod.Check, "1042", "front");

        Assert.True(result.Succeeded);
        Assert.Collection(result.Allocations,
            a => Assert.Equal((old.Id, Money.Of(45.50m), false), (a.ClaimId, a.Amount, a.CreatesCredit)),
            a => Assert.Equal((recent.Id, Money.Of(24.50m), true), (a.ClaimId, a.Amount, a.CreatesCredit)));
        Assert.Equal(Money.Zero, ledger.ClaimBalance(old.Id).Patient);
        Assert.Equal(Money.Of(-9m), ledger.ClaimBalance(recent.Id).Patient);
        Assert.All(result.Entries, e => Assert.Equal("CHECK 1042", e.Reference));
        Assert.All(result.Entries, e => Assert.Equal(LedgerBucket.Patient, e.Bucket));
    }

    [Fact]
    public void Payment_ToAClaim_IsAppliedThere()
    {
        var (_, old, recent, ledger) = TwoVisits();
        var result = PatientBilling.PostPayment(ledger, [old, recent], Money.Of(15.50m), PatientPaymentMethod.Card, "AUTH 7781", "front", recent.Id);
        Assert.Equal(recent.Id, Assert.Single(result.Allocations).ClaimId);
        Assert.Equal(Money.Zero, ledger.ClaimBalance(recent.Id).Patient);
        Assert.Equal(Money.Of(45.50m), ledger.ClaimBalance(old.Id).Patient);
    }

    [Theory]
    [InlineData("0", "payment.amount")]
    [InlineData("-5", "payment.amount")]
    public void Payment_NotPositive_IsRefused(string amount, string code)
    {
        var (_, old, recent, ledger) = TwoVisits();
        var before = ledger.Entries.Count;
        var result = PatientBilling.PostPayment(ledger, [old, recent], Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)), PatientPaymentMethod.Cash, null, "front");
        Assert.Equal(code, result.Issue?.Code);
        Assert.Equal(before, ledger.Entries.Count);
    }

    [Fact]
    public void Refund_OfACreditBalance_BringsItToZero_AndNoFurther()
    {
        var (_, old, recent, ledger) = TwoVisits();
        PatientBilling.PostPayment(ledger, [old, recent], Money.Of(25m), PatientPaymentMethod.Card, null, "front", recent.Id);
        Assert.Equal(Money.Of(-9.50m), ledger.ClaimBalance(recent.Id).Patient);

        Assert.Equal("refund.exceedsCredit", PatientBilling.PostRefund(ledger, recent, Money.Of(9.51m), PatientPaymentMethod.Check, "2001", "front").Issue?.Code);
        Assert.Equal("refund.exceedsCredit", PatientBilling.PostRefund(ledger, old, Money.Of(1m), PatientPaymentMethod.Check, "2001", "front").Issue?.Code);
        var refund = PatientBilling.PostRefund(ledger, recent, Money.Of(9.50m), PatientPaymentMethod.Check, "2001", "front");

        Assert.True(refund.Succeeded);
        Assert.Equal(Money.Zero, ledger.ClaimBalance(recent.Id).Patient);
        // A refund undoes part of the patient's payments; it is not a write-off.
        var totals = LedgerTotals.Of(ledger.Entries.Where(e => e.ClaimId == recent.Id));
        Assert.Equal(Money.Of(15.50m), totals.PatientPayments);
        Assert.Equal(Money.Of(40m), totals.Adjustments);
    }

    [Fact]
    public void ReversedPayment_CountsAsNoPayment()
    {
        var (_, old, _, ledger) = TwoVisits();
        var pay = ledger.PostPayment(old, LedgerBucket.Patient, Money.Of(20m), "CASH", "front").Entries[0];
        ledger.Reverse(pay.Id, "front", "bounced");
        var totals = LedgerTotals.Of(ledger.Entries.Where(e => e.ClaimId == old.Id));
        Assert.Equal(Money.Zero, totals.PatientPayments);
        Assert.Equal(Money.Of(45.50m), totals.PatientBalance);
    }
}
