using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Data.Tests;

/// <summary>
/// The persistence suite, run once per provider by the sealed subclasses below (Dapper's
/// provider-generic test classes). Each test uses fresh synthetic rows, so tests share one database.
/// </summary>
public abstract class PersistenceTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 2, 4, 8, 30, 0, TimeSpan.Zero));

    private async Task<(Sample Sample, Claim Claim)> SeedClaimAsync()
    {
        var sample = new Sample();
        await using var db = fixture.CreateContext();
        sample.AddTo(db);
        var number = await db.NextClaimNumberAsync(Ct);
        var claim = ClaimBuilder.Build(sample.BuildRequest(number), _clock).Claim!;
        db.Claims.Add(claim);
        var ledger = new Billing.Ledger([], _clock);
        ledger.PostCharges(claim, "biller1");
        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(Ct);
        return (sample, claim);
    }

    [Fact]
    public async Task Claim_RoundTrips_WithEverythingThe837Needs()
    {
        var (sample, built) = await SeedClaimAsync();

        await using var db = fixture.CreateContext();
        var claim = await db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).Include(c => c.History)
            .SingleAsync(c => c.Id == built.Id, Ct);

        Assert.Equal(built.ClaimNumber, claim.ClaimNumber);
        Assert.StartsWith("CS", claim.ClaimNumber, StringComparison.Ordinal);
        Assert.Equal(sample.Organization.Npi.Value, claim.BillingProvider.Npi);
        Assert.Equal("OH", claim.BillingProvider.Address?.State);
        Assert.Equal("Ortiz", claim.RenderingProvider?.LastNameOrOrganization);
        Assert.Equal(sample.Referring.Npi.Value, claim.ReferringProvider?.Npi);
        Assert.Equal("Birch ASC", claim.ServiceFacility?.LastNameOrOrganization);
        Assert.Null(claim.AttendingProvider);
        Assert.Equal("SYN01", claim.Payer.PayerIdentifier);
        Assert.Equal(SubscriberRelationship.Child, claim.Subscriber.Relationship);
        Assert.Equal("Morgan", claim.Subscriber.FirstName);
        Assert.Equal(new DateOnly(2010, 6, 1), claim.Patient.BirthDate);
        Assert.Equal("AUTH77", claim.PriorAuthorization);
        Assert.Equal(["M1711", "E119"], claim.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code.Value));
        var lines = claim.Lines.OrderBy(l => l.LineNumber).ToList();
        Assert.Equal([Modifier.Parse("RT"), Modifier.Parse("59")], lines[0].Modifiers());
        Assert.Equal(Money.Of(310.25m), lines[0].Charge);
        Assert.Equal("00003029305", lines[1].Ndc?.Value);
        Assert.Equal(4m, lines[1].Units);
        Assert.Equal([1, 2], lines[1].Pointers());
        Assert.Equal(Money.Of(352.35m), claim.TotalCharge);
        Assert.Equal(_clock.GetUtcNow(), Assert.Single(claim.History).At);
        var other = Assert.Single(claim.OtherCoverages);
        Assert.Equal("SUP02", other.PayerIdentifier);
        Assert.Equal("Alex", other.SubscriberFirstName);

        var coverage = await db.Coverages.SingleAsync(c => c.Id == sample.Coverage.Id, Ct);
        Assert.Equal("Morgan", coverage.Subscriber?.FirstName);
        var encounter = await db.Encounters.Include(e => e.Documents).SingleAsync(e => e.Id == sample.Encounter.Id, Ct);
        Assert.Contains("knee", Assert.Single(encounter.Documents).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimNumbers_AreUniqueAndIncreasing()
    {
        await using var db = fixture.CreateContext();
        var a = await db.NextNumberAsync(ClaimsmithDbContext.ClaimSequence, Ct);
        var b = await db.NextNumberAsync(ClaimsmithDbContext.ClaimSequence, Ct);
        Assert.True(b > a);
    }

    [Fact]
    public async Task ConcurrentEdits_SecondSaveIsRefused()
    {
        var (sample, _) = await SeedClaimAsync();
        await using var first = fixture.CreateContext();
        await using var second = fixture.CreateContext();
        var p1 = await first.Patients.SingleAsync(p => p.Id == sample.Patient.Id, Ct);
        var p2 = await second.Patients.SingleAsync(p => p.Id == sample.Patient.Id, Ct);

        p1.Phone = "555-0100";
        await first.SaveChangesAsync(Ct);
        Assert.Equal(1, p1.Version);

        p2.Phone = "555-0199";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));

        await using var check = fixture.CreateContext();
        Assert.Equal("555-0100", (await check.Patients.SingleAsync(p => p.Id == sample.Patient.Id, Ct)).Phone);
    }

    [Fact]
    public async Task ExpectVersion_Stale_IsRefused()
    {
        var (_, built) = await SeedClaimAsync();
        await using var db = fixture.CreateContext();
        var claim = await db.Claims.SingleAsync(c => c.Id == built.Id, Ct);
        claim.PriorAuthorization = "AUTH78";
        db.ExpectVersion(claim, 5);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task StatusChange_IsStoredWithHistoryAndVersion()
    {
        var (_, built) = await SeedClaimAsync();
        await using (var db = fixture.CreateContext())
        {
            var claim = await db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).Include(c => c.History).SingleAsync(c => c.Id == built.Id, Ct);
            _clock.Advance(TimeSpan.FromMinutes(5));
            Assert.Empty(claim.MarkReady("coder7", _clock));
            await db.SaveChangesAsync(Ct);
        }

        await using var check = fixture.CreateContext();
        var stored = await check.Claims.Include(c => c.History).SingleAsync(c => c.Id == built.Id, Ct);
        Assert.Equal(ClaimStatus.Ready, stored.Status);
        Assert.Equal(1, stored.Version);
        var change = stored.History.Single(h => h.To == ClaimStatus.Ready);
        Assert.Equal("coder7", change.By);
        Assert.Equal(_clock.GetUtcNow(), change.At);
    }

    [Fact]
    public async Task Ledger_BalancesSummedInTheDatabase_MatchTheDomain()
    {
        var (sample, claim) = await SeedClaimAsync();
        await using var db = fixture.CreateContext();
        var existing = await db.LedgerEntries.Where(e => e.ClaimId == claim.Id).ToListAsync(Ct);
        var ledger = new Billing.Ledger(existing, _clock);
        ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(200m), "EFT1", "biller1");
        ledger.PostAdjustment(claim, LedgerBucket.Insurance, Money.Of(100.01m), "CO-45", "biller1");
        ledger.Transfer(claim, LedgerBucket.Insurance, LedgerBucket.Patient, Money.Of(30m), "biller1", "PR-2");
        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(Ct);

        var claimBalance = await db.ClaimBalanceAsync(claim.Id, Ct);
        var patientBalance = await db.PatientBalanceAsync(sample.Patient.Id, Ct);
        Assert.Equal(ledger.ClaimBalance(claim.Id), claimBalance);
        Assert.Equal(Money.Of(22.34m), claimBalance.Insurance);
        Assert.Equal(Money.Of(30m), claimBalance.Patient);
        Assert.Equal(claimBalance, patientBalance);
    }

    [Fact]
    public async Task Ledger_IsAppendOnly_InTheContext()
    {
        var (_, claim) = await SeedClaimAsync();
        await using var db = fixture.CreateContext();
        var entry = await db.LedgerEntries.FirstAsync(e => e.ClaimId == claim.Id, Ct);
        db.LedgerEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task Ledger_IsAppendOnly_InTheDatabase()
    {
        var (_, claim) = await SeedClaimAsync();
        await using var db = fixture.CreateContext();
        // Bypass the context: the database trigger must refuse the change.
        await Assert.ThrowsAnyAsync<Exception>(() => db.LedgerEntries.Where(e => e.ClaimId == claim.Id).ExecuteDeleteAsync(Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => db.LedgerEntries.Where(e => e.ClaimId == claim.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Memo, "edited"), Ct));
        Assert.Equal(2, await db.LedgerEntries.CountAsync(e => e.ClaimId == claim.Id, Ct));
    }

    [Fact]
    public async Task OverridesAndCoderDecisions_AreAppendOnly_InTheDatabase()
    {
        var (sample, claim) = await SeedClaimAsync();
        await using var db = fixture.CreateContext();
        db.ScrubOverrides.Add(new ScrubOverride { ClaimId = claim.Id, RuleId = "dx.excludes1", Line = 0, Code = "J06.9", Reason = "documented separately", By = "biller1", At = DateTimeOffset.UnixEpoch });
        var set = new SuggestionSet { EncounterId = sample.Encounter.Id, DateOfService = sample.Encounter.ServiceFrom, CreatedAt = DateTimeOffset.UnixEpoch, CreatedBy = "coder1" };
        set.Decisions.Add(new CodingDecision { SetId = set.Id, DocumentId = sample.Encounter.Documents[0].Id, SuggestedCode = "J069", Kind = Claimsmith.Coding.Decisions.DecisionKind.Accepted, Coder = "coder1", DecidedAt = DateTimeOffset.UnixEpoch });
        db.SuggestionSets.Add(set);
        await db.SaveChangesAsync(Ct);

        // Bypass the context: the database triggers must refuse the change.
        await Assert.ThrowsAnyAsync<Exception>(() => db.ScrubOverrides.Where(o => o.ClaimId == claim.Id).ExecuteDeleteAsync(Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => db.ScrubOverrides.Where(o => o.ClaimId == claim.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Reason, "edited"), Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => db.CodingDecisions.Where(d => d.SetId == set.Id).ExecuteDeleteAsync(Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => db.CodingDecisions.Where(d => d.SetId == set.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Coder, "someone else"), Ct));

        await using var check = fixture.CreateContext();
        Assert.Equal("documented separately", (await check.ScrubOverrides.SingleAsync(o => o.ClaimId == claim.Id, Ct)).Reason);
        Assert.Equal("coder1", (await check.CodingDecisions.SingleAsync(d => d.SetId == set.Id, Ct)).Coder);
    }

    [Fact]
    public async Task FailedTransaction_LeavesNothing()
    {
        var sample = new Sample();
        await using (var db = fixture.CreateContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            sample.AddTo(db);
            await db.SaveChangesAsync(Ct);
            await tx.RollbackAsync(Ct);
        }

        await using var check = fixture.CreateContext();
        Assert.False(await check.Patients.AnyAsync(p => p.Id == sample.Patient.Id, Ct));
        Assert.False(await check.Encounters.AnyAsync(e => e.Id == sample.Encounter.Id, Ct));
    }
}

public sealed class SqlitePersistenceTests(SqliteDatabaseFixture fixture) : PersistenceTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresPersistenceTests(PostgresDatabaseFixture fixture) : PersistenceTests(fixture), IClassFixture<PostgresDatabaseFixture>;
