using Claimsmith.Billing;
using Claimsmith.Data.Remittance;
using Claimsmith.X12.Common;
using Claimsmith.X12.Remittance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Data.Tests.Remittance;

/// <summary>
/// Posting synthetic 835s built for seeded claims, once per provider: paid in full, partial with
/// deductible and coinsurance, denied lines, reversal then correction, PLB recoupment, unmatched
/// claim, unbalanced file and claim, the same file twice, crossover and underpayment.
/// </summary>
public abstract class RemittancePostingTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero));

    private static string Trace() => "T" + Guid.NewGuid().ToString("N")[..12];

    private async Task<(Sample Sample, Claim Claim)> SeedClaimAsync()
    {
        var sample = new Sample();
        await using var db = fixture.CreateContext();
        sample.AddTo(db);
        var claim = ClaimBuilder.Build(sample.BuildRequest(await db.NextClaimNumberAsync(Ct)), _clock).Claim!;
        Assert.Null(claim.TransitionTo(ClaimStatus.Ready, "biller1", _clock));
        Assert.Null(claim.TransitionTo(ClaimStatus.Submitted, "biller1", _clock));
        db.Claims.Add(claim);
        var ledger = new Billing.Ledger([], _clock);
        ledger.PostCharges(claim, "biller1");
        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(Ct);
        return (sample, claim);
    }

    private async Task<RemittanceFileResult> PostAsync(byte[] file)
    {
        await using var db = fixture.CreateContext();
        return await new RemittancePostingService(db, _clock).PostFileAsync(file, "biller1", cancellationToken: Ct);
    }

    private async Task<(LedgerBalance Balance, ClaimStatus Status, List<LedgerEntry> Entries)> StateAsync(Guid claimId)
    {
        await using var db = fixture.CreateContext();
        var claim = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claimId, Ct);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == claimId).ToListAsync(Ct);
        return (await db.ClaimBalanceAsync(claimId, Ct), claim.Status, entries);
    }

    private async Task AssertLedgerCleanAsync(Guid claimId)
    {
        await using var db = fixture.CreateContext();
        var claim = await db.Claims.AsNoTracking().Include(c => c.Lines).SingleAsync(c => c.Id == claimId, Ct);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == claimId).ToListAsync(Ct);
        var adjudications = await db.ClaimAdjudications.AsNoTracking().Include(a => a.Adjustments).Where(a => a.ClaimId == claimId).ToListAsync(Ct);
        var problems = new List<LedgerProblem>();
        LedgerVerifier.Check(claim, claimId, entries, adjudications, problems);
        Assert.Empty(problems);
    }

    private static IReadOnlyList<Adjustment> Line(ClaimLine line, params (string Group, string Reason, decimal Amount)[] adjustments) =>
        [.. adjustments.Select(a => new Adjustment(a.Group, a.Reason, a.Amount))];

    [Fact]
    public async Task PaidInFull_ZeroBalance_StatusPaid_PayerNumberRecorded()
    {
        var (_, claim) = await SeedClaimAsync();
        var trace = Trace();
        var payment = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", l.LineNumber == 1 ? 60.25m : 2.10m)));
        var result = await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(trace, [payment])));

        var outcome = Assert.Single(result.Remittances);
        Assert.Null(outcome.Rejected);
        Assert.Equal(ClaimOutcome.Posted, Assert.Single(outcome.Claims).Outcome);
        var (balance, status, entries) = await StateAsync(claim.Id);
        Assert.Equal(LedgerBalance.Of([]), balance);
        Assert.Equal(ClaimStatus.Paid, status);
        var payments = entries.Where(e => e.Kind == LedgerEntryKind.Payment).ToList();
        Assert.Equal(2, payments.Count);
        Assert.All(payments, p => Assert.Equal(trace, p.Reference));
        Assert.All(payments, p => Assert.NotNull(p.ClaimLineId));
        Assert.Equal(Money.Of(-290.00m), Money.Sum(payments.Select(p => p.Amount)));
        Assert.Equal(["CO-45", "CO-45"], entries.Where(e => e.Kind == LedgerEntryKind.Adjustment).Select(e => e.ReasonCode));
        await using var db = fixture.CreateContext();
        Assert.Equal("PCN" + claim.ClaimNumber, (await db.Claims.SingleAsync(c => c.Id == claim.Id, Ct)).PayerClaimControlNumber);
        var advice = await db.RemittanceAdvices.SingleAsync(r => r.TraceNumber == trace, Ct);
        Assert.Equal(RemittanceStatus.Posted, advice.Status);
        Assert.Equal(Money.Of(290.00m), advice.PaymentAmount);
        await AssertLedgerCleanAsync(claim.Id);
    }

    [Fact]
    public async Task PartialWithDeductibleAndCoinsurance_MovesPatientShareWithReasons()
    {
        var (_, claim) = await SeedClaimAsync();
        var payment = PayerSimulator.Pay(claim, l => l.LineNumber == 1
            ? Line(l, ("CO", "45", 60.25m), ("PR", "1", 100m), ("PR", "2", 30m))
            : Line(l, ("CO", "45", 2.10m), ("PR", "3", 20m)));
        await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [payment])));

        var (balance, status, entries) = await StateAsync(claim.Id);
        Assert.Equal(Money.Zero, balance.Insurance);
        Assert.Equal(Money.Of(150m), balance.Patient);
        Assert.Equal(ClaimStatus.Paid, status);
        var toPatient = entries.Where(e => e.Kind == LedgerEntryKind.Transfer && e.Bucket == LedgerBucket.Patient).ToList();
        Assert.Equal(["PR-1", "PR-2", "PR-3"], toPatient.Select(e => e.ReasonCode!).Order());
        Assert.Equal(Money.Of(100m), toPatient.Single(e => e.ReasonCode == "PR-1").Amount);
        await AssertLedgerCleanAsync(claim.Id);
    }

    [Fact]
    public async Task DeniedLine_PartiallyPaid_WorkItemWithCategoryAmountAndDeadline()
    {
        var (sample, claim) = await SeedClaimAsync();
        var payment = PayerSimulator.Pay(claim, l => l.LineNumber == 1 ? Line(l, ("CO", "197", 310.25m)) : Line(l, ("CO", "45", 2.10m)));
        payment.ServiceLines[0].Remarks.Add(new RemarkCode("HE", "N54"));
        var remittance = PayerSimulator.Remittance(Trace(), [payment], paymentDate: new DateOnly(2026, 3, 2));
        await PostAsync(PayerSimulator.ToBytes(remittance));

        var (balance, status, _) = await StateAsync(claim.Id);
        Assert.Equal(ClaimStatus.PartiallyPaid, status);
        Assert.Equal(Money.Zero, balance.Total);
        await using var db = fixture.CreateContext();
        var item = await db.DenialWorkItems.Include(w => w.History).SingleAsync(w => w.ClaimId == claim.Id, Ct);
        Assert.Equal(DenialCategory.Authorization, item.Category);
        Assert.Equal(Money.Of(310.25m), item.AmountAtStake);
        Assert.Equal(new DateOnly(2026, 3, 2).AddDays(AppealDeadlines.WindowDays(sample.Payer)), item.Deadline);
        Assert.Contains("N54", item.ReasonCodes, StringComparison.Ordinal);
        Assert.Equal("created", Assert.Single(item.History).Action);
        await AssertLedgerCleanAsync(claim.Id);
    }

    [Fact]
    public async Task DeniedClaim_StatusDenied()
    {
        var (_, claim) = await SeedClaimAsync();
        var payment = PayerSimulator.Pay(claim, l => Line(l, ("CO", "29", l.Charge.Amount)), status: "4");
        await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [payment])));

        var (_, status, _) = await StateAsync(claim.Id);
        Assert.Equal(ClaimStatus.Denied, status);
        await using var db = fixture.CreateContext();
        Assert.All(await db.DenialWorkItems.Where(w => w.ClaimId == claim.Id).ToListAsync(Ct), w => Assert.Equal(DenialCategory.TimelyFiling, w.Category));
    }

    [Fact]
    public async Task ReversalThenCorrection_ReversesExactlyOnce_ThenPostsTheCorrection()
    {
        var (_, claim) = await SeedClaimAsync();
        var original = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 10m), ("PR", "2", 20m)));
        await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [original])));
        var afterFirst = await StateAsync(claim.Id);
        Assert.Equal(Money.Of(40m), afterFirst.Balance.Patient);

        var corrected = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 15m), ("PR", "2", 5m)), payerClaimNumber: "PCN2" + claim.ClaimNumber);
        var result = await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [PayerSimulator.Reverse(original), corrected])));

        Assert.All(Assert.Single(result.Remittances).Claims, c => Assert.Equal(ClaimOutcome.Posted, c.Outcome));
        var (balance, status, entries) = await StateAsync(claim.Id);
        Assert.Equal(Money.Zero, balance.Insurance);
        Assert.Equal(Money.Of(10m), balance.Patient);
        Assert.Equal(ClaimStatus.Paid, status);
        var reversals = entries.Where(e => e.Kind == LedgerEntryKind.Reversal).ToList();
        // 2 payments + 2 write-offs + 2 transfers of two halves each.
        Assert.Equal(8, reversals.Count);
        Assert.Equal(reversals.Count, reversals.Select(r => r.ReversesEntryId).Distinct().Count());
        await using var db = fixture.CreateContext();
        var adjudications = await db.ClaimAdjudications.Where(a => a.ClaimId == claim.Id).OrderBy(a => a.PostedAt).ThenBy(a => a.Sequence).ToListAsync(Ct);
        Assert.Equal([AdjudicationState.Reversed, AdjudicationState.Posted, AdjudicationState.Posted], adjudications.Select(a => a.State).ToArray()[..3].OrderBy(s => s == AdjudicationState.Posted).ToArray());
        Assert.Equal("PCN2" + claim.ClaimNumber, (await db.Claims.SingleAsync(c => c.Id == claim.Id, Ct)).PayerClaimControlNumber);
        await AssertLedgerCleanAsync(claim.Id);
    }

    [Fact]
    public async Task ReversalWithoutEarlierPayment_WaitsInExceptions()
    {
        var (_, claim) = await SeedClaimAsync();
        var never = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 10m)));
        var result = await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [PayerSimulator.Reverse(never)])));

        var line = Assert.Single(Assert.Single(result.Remittances).Claims);
        Assert.Equal(RemittancePoster.UnmatchedReversal, line.ExceptionCode);
        var (_, _, entries) = await StateAsync(claim.Id);
        Assert.All(entries, e => Assert.Equal(LedgerEntryKind.Charge, e.Kind));
    }

    [Fact]
    public async Task PlbRecoupment_RecordedAgainstTheRemittance_NotTheClaim()
    {
        var (_, claim) = await SeedClaimAsync();
        var trace = Trace();
        var payment = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 2.35m * l.LineNumber - (l.LineNumber == 2 ? 2.35m : 0))));
        var plb = new ProviderAdjustment835("1234567893", "20261231", "WO", "PCNOLD1", 50m);
        var interest = new ProviderAdjustment835("1234567893", "20261231", "L6", null, -1.25m);
        var remittance = PayerSimulator.Remittance(trace, [payment], [plb, interest]);
        var result = await PostAsync(PayerSimulator.ToBytes(remittance));

        Assert.Null(Assert.Single(result.Remittances).Rejected);
        await using var db = fixture.CreateContext();
        var advice = await db.RemittanceAdvices.Include(r => r.ProviderAdjustments).SingleAsync(r => r.TraceNumber == trace, Ct);
        Assert.Equal(Money.Of(payment.Paid - 48.75m), advice.PaymentAmount);
        Assert.Equal(["L6", "WO"], advice.ProviderAdjustments.Select(p => p.ReasonCode).Order());
        Assert.Equal("PCNOLD1", advice.ProviderAdjustments.Single(p => p.ReasonCode == "WO").Reference);
        var (_, _, entries) = await StateAsync(claim.Id);
        Assert.Equal(Money.Of(-payment.Paid), Money.Sum(entries.Where(e => e.Kind == LedgerEntryKind.Payment).Select(e => e.Amount)));
        await AssertLedgerCleanAsync(claim.Id);
    }

    [Fact]
    public async Task UnmatchedClaim_WaitsInExceptions_OthersPost_ThenResolvedByHand()
    {
        var (_, claim) = await SeedClaimAsync();
        var (_, other) = await SeedClaimAsync();
        var good = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 1m)));
        var stray = PayerSimulator.Pay(other, l => Line(l, ("CO", "45", 2m)));
        stray.PatientControlNumber = "NOSUCH" + Random.Shared.Next(1000, 9999);
        foreach (var l in stray.ServiceLines)
        {
            l.References.Clear();
        }

        var result = await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [good, stray])));

        var outcome = Assert.Single(result.Remittances);
        Assert.Equal(ClaimOutcome.Posted, outcome.Claims[0].Outcome);
        Assert.Equal(RemittancePoster.UnmatchedClaim, outcome.Claims[1].ExceptionCode);
        Assert.True(result.HasExceptions);
        Assert.Equal(ClaimStatus.Paid, (await StateAsync(claim.Id)).Status);
        Assert.Equal(ClaimStatus.Submitted, (await StateAsync(other.Id)).Status);
        await using (var db = fixture.CreateContext())
        {
            var advice = await db.RemittanceAdvices.SingleAsync(r => r.Id == outcome.RemittanceId, Ct);
            Assert.Equal(RemittanceStatus.PostedWithExceptions, advice.Status);
            var waiting = await db.ClaimAdjudications.SingleAsync(a => a.RemittanceId == advice.Id && a.State == AdjudicationState.Exception, Ct);
            Assert.Null(await new RemittancePostingService(db, _clock).ResolveExceptionAsync(waiting.Id, other.ClaimNumber, "biller2", Ct));
        }

        var (balance, status, _) = await StateAsync(other.Id);
        Assert.Equal(ClaimStatus.Paid, status);
        Assert.Equal(Money.Zero, balance.Total);
        await AssertLedgerCleanAsync(other.Id);
    }

    [Fact]
    public async Task UnbalancedFile_PostsNothing_AndIsRejectedWithTheReason()
    {
        var (_, claim) = await SeedClaimAsync();
        var trace = Trace();
        var payment = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 1m)));
        var remittance = PayerSimulator.Remittance(trace, [payment]);
        remittance.TotalPayment += 10m;
        var result = await PostAsync(PayerSimulator.ToBytes(remittance));

        var outcome = Assert.Single(result.Remittances);
        Assert.NotNull(outcome.Rejected);
        Assert.All(outcome.Claims, c => Assert.Equal(ClaimOutcome.NotPosted, c.Outcome));
        var (_, status, entries) = await StateAsync(claim.Id);
        Assert.Equal(ClaimStatus.Submitted, status);
        Assert.All(entries, e => Assert.Equal(LedgerEntryKind.Charge, e.Kind));
        await using var db = fixture.CreateContext();
        Assert.False(await db.RemittanceAdvices.AnyAsync(r => r.TraceNumber == trace, Ct));
        Assert.Equal(RemittanceMapper.CheckUnbalanced, (await db.RemittanceRejections.SingleAsync(r => r.TraceNumber == trace, Ct)).Code);
    }

    [Fact]
    public async Task UnbalancedClaim_WaitsInExceptions_NothingOfItPosted()
    {
        var (_, claim) = await SeedClaimAsync();
        var (_, other) = await SeedClaimAsync();
        var bad = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 1m)));
        bad.ServiceLines[0].Adjustments.Add(new Adjustment("PR", "1", 5m)); // line no longer balances
        var good = PayerSimulator.Pay(other, l => Line(l, ("CO", "45", 1m)));
        var result = await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [bad, good])));

        var outcome = Assert.Single(result.Remittances);
        Assert.Equal(RemittanceMapper.LineUnbalanced, outcome.Claims[0].ExceptionCode);
        Assert.Equal(ClaimOutcome.Posted, outcome.Claims[1].Outcome);
        var (_, _, entries) = await StateAsync(claim.Id);
        Assert.All(entries, e => Assert.Equal(LedgerEntryKind.Charge, e.Kind));
    }

    [Fact]
    public async Task SameFileTwice_ChangesNothingTheSecondTime()
    {
        var (_, claim) = await SeedClaimAsync();
        var file = PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 1m), ("PR", "2", 3m)))]));
        await PostAsync(file);
        var first = await StateAsync(claim.Id);

        var second = await PostAsync(file);

        var outcome = Assert.Single(second.Remittances);
        Assert.True(outcome.AlreadyPosted);
        Assert.All(outcome.Claims, c => Assert.Equal(ClaimOutcome.AlreadyPosted, c.Outcome));
        Assert.Equal(0, second.PostedClaims);
        var again = await StateAsync(claim.Id);
        Assert.Equal(first.Entries.Select(e => e.Id).Order(), again.Entries.Select(e => e.Id).Order());
        Assert.Equal(first.Balance, again.Balance);
    }

    [Fact]
    public async Task Crossover_RecordsTheCarrierForwardedTo()
    {
        var (_, claim) = await SeedClaimAsync();
        var payment = PayerSimulator.Pay(claim, l => Line(l, ("CO", "45", 1m), ("PR", "2", 4m)), status: "19");
        payment.Names.Add(new Name835("TT", "2", "SYNTHETIC SUPPLEMENTAL", null, null, null, "PI", "SUP02"));
        await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [payment])));

        await using var db = fixture.CreateContext();
        var a = await db.ClaimAdjudications.SingleAsync(x => x.ClaimId == claim.Id, Ct);
        Assert.Equal("SYNTHETIC SUPPLEMENTAL", a.CrossoverPayerName);
        Assert.Equal("SUP02", a.CrossoverPayerId);
        Assert.Equal(AdjudicationState.Posted, a.State);
    }

    [Fact]
    public async Task Underpayment_AgainstContractRate_BecomesAWorkItem()
    {
        var (sample, claim) = await SeedClaimAsync();
        await using (var db = fixture.CreateContext())
        {
            db.PayerContractRates.Add(new PayerContractRate { PayerId = sample.Payer.Id, ProcedureCode = "20610", Modifier = "RT", Allowed = Money.Of(250m) });
            await db.SaveChangesAsync(Ct);
        }

        var payment = PayerSimulator.Pay(claim, l => l.LineNumber == 1 ? Line(l, ("CO", "45", 110.25m)) : Line(l, ("CO", "45", 2.10m)));
        await PostAsync(PayerSimulator.ToBytes(PayerSimulator.Remittance(Trace(), [payment])));

        await using var check = fixture.CreateContext();
        var item = await check.DenialWorkItems.SingleAsync(w => w.ClaimId == claim.Id, Ct);
        Assert.True(item.Underpayment);
        Assert.Equal(DenialCategory.ContractualUnderpayment, item.Category);
        Assert.Equal(Money.Of(50m), item.AmountAtStake);
        Assert.Equal(Money.Of(250m), item.Expected);
    }
}

public sealed class SqliteRemittancePostingTests(SqliteDatabaseFixture fixture) : RemittancePostingTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresRemittancePostingTests(PostgresDatabaseFixture fixture) : RemittancePostingTests(fixture), IClassFixture<PostgresDatabaseFixture>;
