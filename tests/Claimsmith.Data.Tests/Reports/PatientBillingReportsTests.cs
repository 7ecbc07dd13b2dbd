using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Data.Tests.Reports;

/// <summary>
/// A/R aging, revenue-cycle measures and statement runs against hand-computed figures, run on
/// SQLite and PostgreSQL. Every test seeds its own organization and reports on it alone.
/// </summary>
public abstract class PatientBillingReportsTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 2, 20, 10, 0, 0, TimeSpan.Zero));

    private void At(int month, int day) => _clock.SetUtcNow(new DateTimeOffset(2026, month, day, 10, 0, 0, TimeSpan.Zero));

    private async Task<Claim> NewClaimAsync(ClaimsmithDbContext db, Sample sample, DateOnly serviceFrom)
    {
        var claim = ClaimBuilder.Build(sample.BuildRequest(await db.NextClaimNumberAsync(Ct)), _clock).Claim!;
        claim.ServiceFrom = claim.ServiceTo = serviceFrom;
        return claim;
    }

    private void Move(Claim claim, params ClaimStatus[] path)
    {
        foreach (var to in path)
        {
            Assert.Null(claim.TransitionTo(to, "biller", _clock));
        }
    }

    // The scenario of the KPI test; the figures are worked out by hand in the test.
    private async Task<(Sample Sample, Claim A, Claim B, Claim C, Claim D)> SeedPeriodAsync()
    {
        var sample = new Sample();
        await using var db = fixture.CreateContext();
        sample.AddTo(db);
        var ledger = new Billing.Ledger([], _clock);

        // E: submitted and paid in February, outside the period.
        At(2, 20);
        var e = await NewClaimAsync(db, sample, new DateOnly(2026, 2, 10));
        ledger.PostCharges(e, "biller");
        Move(e, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted);
        At(2, 25);
        Move(e, ClaimStatus.Paid);
        ledger.PostPayment(e, LedgerBucket.Insurance, Money.Of(352.35m), "TRN-E", "era");

        At(3, 2);
        var a = await NewClaimAsync(db, sample, new DateOnly(2026, 2, 27));
        var b = await NewClaimAsync(db, sample, new DateOnly(2025, 11, 1));
        var c = await NewClaimAsync(db, sample, new DateOnly(2026, 3, 1));
        var d = await NewClaimAsync(db, sample, new DateOnly(2026, 3, 12));
        foreach (var claim in new[] { a, b, c, d })
        {
            ledger.PostCharges(claim, "biller");
        }

        // A: accepted first time, paid in full: clean and first-pass.
        Move(a, ClaimStatus.Ready, ClaimStatus.Submitted);
        At(3, 3);
        Move(a, ClaimStatus.Accepted);
        // B: rejected, corrected and resubmitted, then paid: adjudicated, neither clean nor first-pass.
        At(3, 5);
        Move(b, ClaimStatus.Ready, ClaimStatus.Submitted);
        At(3, 6);
        Move(b, ClaimStatus.Rejected, ClaimStatus.Draft, ClaimStatus.Ready);
        At(3, 8);
        Move(b, ClaimStatus.Submitted);
        At(3, 9);
        Move(b, ClaimStatus.Accepted);
        // C: clean, then denied (medical necessity).
        At(3, 10);
        Move(c, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted);
        // D: clean, partly paid.
        At(3, 12);
        Move(d, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted);

        At(3, 20);
        Move(a, ClaimStatus.Paid);
        ledger.PostPayment(a, LedgerBucket.Insurance, Money.Of(300m), "TRN-A", "era");
        ledger.PostAdjustment(a, LedgerBucket.Insurance, Money.Of(52.35m), "CO-45", "era");
        At(3, 22);
        Move(b, ClaimStatus.Paid);
        At(3, 25);
        Move(c, ClaimStatus.Denied);
        ledger.PostAdjustment(c, LedgerBucket.Insurance, Money.Of(352.35m), "CO-50", "era");
        At(3, 28);
        Move(d, ClaimStatus.PartiallyPaid);
        ledger.PostPayment(d, LedgerBucket.Insurance, Money.Of(200m), "TRN-D", "era");
        ledger.PostAdjustment(d, LedgerBucket.Insurance, Money.Of(100m), "CO-45", "era");
        ledger.Transfer(d, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(52.35m), "era", "PR-2");
        At(3, 29);
        var bounced = ledger.PostPayment(d, LedgerBucket.Patient, Money.Of(10m), "CHECK 99", "front").Entries[0];
        At(3, 30);
        ledger.Reverse(bounced.Id, "front", "returned check");
        ledger.PostPayment(d, LedgerBucket.Patient, Money.Of(20m), "CASH", "front");

        db.Claims.AddRange(e, a, b, c, d);
        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(Ct);
        return (sample, a, b, c, d);
    }

    [Fact]
    public async Task RevenueCycle_MatchesHandComputation()
    {
        var (sample, _, _, _, _) = await SeedPeriodAsync();
        await using var db = fixture.CreateContext();

        var m = await db.RevenueCycleAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), sample.Organization.Id, Ct);

        // Claims first submitted in March: A, B, C, D (E was February).
        Assert.Equal(4, m.ClaimsSubmitted);
        Assert.Equal(3, m.CleanClaims);          // A, C, D (B was rejected)
        Assert.Equal(4, m.ClaimsAdjudicated);    // A paid, B paid, C denied, D partly paid
        Assert.Equal(1, m.InitiallyDenied);      // C
        Assert.Equal(1, m.FirstPassResolved);    // A (B was rejected first, D only partly paid)
        Assert.Equal(0.75m, m.CleanClaimRate);
        Assert.Equal(0.25m, m.InitialDenialRate);
        Assert.Equal(0.25m, m.FirstPassResolutionRate);

        // Charges posted in March: 4 x 352.35 = 1409.40. Payments: 300 + 200 + 20 + (10 - 10) = 520.00.
        // Contractual: CO-45 52.35 + 100.00 = 152.35. NCR = 520.00 / (1409.40 - 152.35) = 0.41367 -> 0.4137.
        Assert.Equal(Money.Of(1409.40m), m.Charges);
        Assert.Equal(Money.Of(520m), m.Payments);
        Assert.Equal(Money.Of(152.35m), m.ContractualAdjustments);
        Assert.Equal(0.4137m, m.NetCollectionRate);
        Assert.Equal(Money.Of(352.35m), Assert.Single(m.DenialsByCategory, kv => kv.Key == DenialCategory.MedicalNecessity).Value);
        Assert.Single(m.DenialsByCategory);

        // A/R on March 31: B 352.35 (insurance) + D 32.35 (patient) = 384.70; charges Jan 1 - Mar 31:
        // 5 x 352.35 = 1761.75, 19.575 a day: 384.70 / 19.575 = 19.652... -> 19.65 days.
        Assert.Equal(Money.Of(384.70m), m.TotalAr);
        Assert.Equal(Money.Of(1761.75m), m.Charges90Days);
        Assert.Equal(19.65m, m.DaysInAr);
    }

    [Fact]
    public async Task Aging_ByPayerAndPatient_FromTheDateOfService()
    {
        var (sample, _, b, _, d) = await SeedPeriodAsync();
        await using var db = fixture.CreateContext();

        var payers = await db.AgingAsync(AgingBy.Payer, new DateOnly(2026, 3, 31), sample.Organization.Id, Ct);
        var row = Assert.Single(payers.Rows);
        Assert.Equal(sample.Payer.Id, row.Id);
        Assert.Equal("Synthetic Mutual", row.Name);
        Assert.Equal(1, row.Claims);
        Assert.Equal(Money.Of(352.35m), row.Aging.Over120); // B: Nov 1 to Mar 31 is 150 days
        Assert.Equal(Money.Of(352.35m), payers.Totals.Total);

        var patients = await db.AgingAsync(AgingBy.Patient, new DateOnly(2026, 3, 31), sample.Organization.Id, Ct);
        var p = Assert.Single(patients.Rows);
        Assert.Equal("Rivera, Alex", p.Name);
        Assert.Equal(sample.Patient.AccountNumber, p.AccountNumber);
        Assert.Equal(Money.Of(32.35m), p.Aging.Current); // D: Mar 12, 19 days
        Assert.Equal(d.PatientId, p.Id);
        Assert.NotEqual(b.Id, p.Id);

        // As of March 1 nothing of March is posted: only E's February charge and payment (net 0).
        Assert.Empty((await db.AgingAsync(AgingBy.Payer, new DateOnly(2026, 3, 1), sample.Organization.Id, Ct)).Rows);
    }

    [Theory]
    [InlineData(30, AgingBucket.Current)]
    [InlineData(31, AgingBucket.Days31To60)]
    [InlineData(90, AgingBucket.Days61To90)]
    [InlineData(120, AgingBucket.Days91To120)]
    [InlineData(121, AgingBucket.Over120)]
    public async Task Aging_BucketEdges_InSql(int days, AgingBucket expected)
    {
        var sample = new Sample();
        await using (var db = fixture.CreateContext())
        {
            sample.AddTo(db);
            var claim = await NewClaimAsync(db, sample, new DateOnly(2026, 6, 30).AddDays(-days));
            var ledger = new Billing.Ledger([], _clock);
            ledger.PostCharges(claim, "biller");
            db.Claims.Add(claim);
            db.LedgerEntries.AddRange(ledger.Pending);
            await db.SaveChangesAsync(Ct);
        }

        await using var read = fixture.CreateContext();
        var report = await read.AgingAsync(AgingBy.Payer, new DateOnly(2026, 6, 30), sample.Organization.Id, Ct);
        Assert.Equal(Money.Of(352.35m), Assert.Single(report.Rows).Aging[expected]);
    }

    [Fact]
    public async Task Reports_SeeOnlyTheOrganizationsInScope()
    {
        var (sample, _, _, _, _) = await SeedPeriodAsync();
        var other = new Sample();
        await using (var db = fixture.CreateContext())
        {
            other.AddTo(db);
            await db.SaveChangesAsync(Ct);
        }

        await using var scoped = fixture.CreateContext();
        scoped.OrganizationScope = OrganizationScope.Of("someone", [other.Organization.Id]);
        Assert.Empty((await scoped.AgingAsync(AgingBy.Payer, new DateOnly(2026, 3, 31), null, Ct)).Rows);
        Assert.Empty((await scoped.AgingAsync(AgingBy.Patient, new DateOnly(2026, 3, 31), sample.Organization.Id, Ct)).Rows);
        var kpi = await scoped.RevenueCycleAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), sample.Organization.Id, Ct);
        Assert.Equal(0, kpi.ClaimsSubmitted);
        Assert.Equal(Money.Zero, kpi.TotalAr);
        var run = await scoped.RunStatementsAsync(new StatementRunOptions { StatementDate = new DateOnly(2026, 4, 1), Actor = "someone" }, _clock, Ct);
        Assert.Empty(run);
    }

    [Fact]
    public async Task StatementRun_SendsToBalancesAboveTheMinimum_OncePerWindow_AndStoresWhatItShowed()
    {
        var (sample, _, _, _, d) = await SeedPeriodAsync();
        await using var db = fixture.CreateContext();
        var options = new StatementRunOptions { OrganizationId = sample.Organization.Id, StatementDate = new DateOnly(2026, 4, 1), SkipIfSentWithinDays = 25, Actor = "biller" };

        var run = await db.RunStatementsAsync(options, _clock, Ct);
        var (record, statement) = Assert.Single(run);
        Assert.Equal(Money.Of(32.35m), record.AmountDue);
        Assert.Equal(Money.Of(32.35m), statement.Aging.Current);
        Assert.Equal(await db.PatientBalanceAsync(sample.Patient.Id, Ct), new LedgerBalance(statement.PendingInsurance, statement.AmountDue));
        Assert.StartsWith("ST", record.StatementNumber, StringComparison.Ordinal);

        Assert.Empty(await db.RunStatementsAsync(options with { StatementDate = new DateOnly(2026, 4, 20) }, _clock, Ct));
        Assert.Empty(await db.RunStatementsAsync(options with { MinimumBalance = Money.Of(500m), StatementDate = new DateOnly(2026, 5, 1) }, _clock, Ct));
        Assert.Single(await db.RunStatementsAsync(options with { StatementDate = new DateOnly(2026, 5, 1) }, _clock, Ct));

        await using var read = fixture.CreateContext();
        var stored = await read.StatementRecords.Where(s => s.PatientId == sample.Patient.Id).OrderBy(s => s.StatementDate).FirstAsync(Ct);
        Assert.Equal("Alex Rivera", stored.PatientName);
        Assert.Equal("5 Oak Ct", stored.Address.Line1);
        var shown = StatementJson.Deserialize(stored.Content)!;
        Assert.Equal(Money.Of(32.35m), shown.AmountDue);
        Assert.Contains(shown.Visits, v => v.ClaimId == d.Id && v.Totals.PatientPayments == Money.Of(20m));
    }

    [Fact]
    public async Task PatientPayment_AndRefund_PostToTheLedger()
    {
        var (sample, _, _, _, d) = await SeedPeriodAsync();
        await using (var db = fixture.CreateContext())
        {
            var paid = await db.PostPatientPaymentAsync(sample.Patient.Id, Money.Of(40m), PatientPaymentMethod.Card, "4242", "front", _clock, cancellationToken: Ct);
            Assert.True(paid.Succeeded);
            // D (the only patient balance, 32.35) is also the newest claim: the 7.65 over lands there as a credit.
            var allocation = Assert.Single(paid.Allocations);
            Assert.Equal((d.Id, Money.Of(40m), true), (allocation.ClaimId, allocation.Amount, allocation.CreatesCredit));
        }

        await using (var db = fixture.CreateContext())
        {
            Assert.Equal(Money.Of(-7.65m), (await db.PatientBalanceAsync(sample.Patient.Id, Ct)).Patient);
            var credit = d.Id;
            Assert.Equal(2, await db.LedgerEntries.CountAsync(e => e.ClaimId == d.Id && e.Reference == "CARD 4242", Ct));
            Assert.Equal("refund.exceedsCredit", (await db.PostRefundAsync(credit, Money.Of(8m), PatientPaymentMethod.Check, "501", "front", _clock, Ct))!.Issue?.Code);
            Assert.True((await db.PostRefundAsync(credit, Money.Of(7.65m), PatientPaymentMethod.Check, "501", "front", _clock, Ct))!.Succeeded);
            Assert.Equal(Money.Zero, (await db.PatientBalanceAsync(sample.Patient.Id, Ct)).Patient);
        }
    }
}

public sealed class SqlitePatientBillingReportsTests(SqliteDatabaseFixture fixture) : PatientBillingReportsTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresPatientBillingReportsTests(PostgresDatabaseFixture fixture) : PatientBillingReportsTests(fixture), IClassFixture<PostgresDatabaseFixture>;
