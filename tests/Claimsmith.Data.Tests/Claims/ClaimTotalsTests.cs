using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Data.Tests.Claims;

/// <summary>
/// The stored claim total (Claims.TotalCharge) equals the sum of the claim's lines after every way
/// a claim is built or its lines change, the migration's backfill computes it, and the claim
/// list's amount filter compares it in SQL with inclusive, cent-exact bounds. Once per provider.
/// </summary>
public abstract class ClaimTotalsTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero));

    private async Task<(Sample Sample, Claim Claim)> SeedClaimAsync(params decimal[] charges)
    {
        var sample = new Sample();
        await using var db = fixture.CreateContext();
        sample.AddTo(db);
        var claim = ClaimBuilder.Build(sample.BuildRequest(await db.NextClaimNumberAsync(Ct)), _clock).Claim!;
        if (charges.Length > 0)
        {
            // Reprice the built lines (the sample has two) to the amounts the test needs.
            claim.Lines = [.. claim.Lines.Take(charges.Length)];
            for (var i = 0; i < charges.Length; i++)
            {
                claim.Lines[i].Charge = Money.Of(charges[i]);
            }
        }

        db.Claims.Add(claim);
        await db.SaveChangesAsync(Ct);
        return (sample, claim);
    }

    /// <summary>Every claim of the organization has its stored total equal to the sum of its stored lines.</summary>
    private async Task AssertTotalsMatchLinesAsync(Guid organizationId)
    {
        await using var db = fixture.CreateContext();
        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => c.OrganizationId == organizationId).ToListAsync(Ct);
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(c.TotalCharge, c.StoredTotalCharge));
    }

    [Fact]
    public async Task BuiltClaim_StoresTheSumOfItsLines()
    {
        var (sample, claim) = await SeedClaimAsync();
        await using var db = fixture.CreateContext();
        var stored = await db.Claims.AsNoTracking().Where(c => c.Id == claim.Id).Select(c => c.StoredTotalCharge).SingleAsync(Ct);
        Assert.Equal(Money.Of(352.35m), stored); // 310.25 + 42.10
        await AssertTotalsMatchLinesAsync(sample.Organization.Id);
    }

    [Fact]
    public async Task CorrectedVoidAndSecondaryClaims_StoreTheirTotals()
    {
        var (sample, original) = await SeedClaimAsync(120.00m, 30.55m);
        await using (var db = fixture.CreateContext())
        {
            var loaded = await db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).SingleAsync(c => c.Id == original.Id, Ct);
            foreach (var status in new[] { ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Paid })
            {
                Assert.Null(loaded.TransitionTo(status, "biller1", _clock));
            }

            loaded.PayerClaimControlNumber = "PCN-1";
            var corrected = ClaimCorrections.Correct(loaded, await db.NextClaimNumberAsync(Ct), "biller1", _clock, "wrong units").Claim!;
            corrected.Lines[0].Charge = Money.Of(99.99m);
            var voided = ClaimCorrections.Void(loaded, await db.NextClaimNumberAsync(Ct), "biller1", _clock, "wrong patient").Claim!;
            db.Claims.AddRange(corrected, voided);
            await db.SaveChangesAsync(Ct);
            Assert.Equal(Money.Of(130.54m), corrected.StoredTotalCharge);
        }

        await AssertTotalsMatchLinesAsync(sample.Organization.Id);
    }

    [Fact]
    public async Task LinesRepricedAddedOrRemoved_KeepTheTotal()
    {
        var (sample, claim) = await SeedClaimAsync(100.00m, 50.00m);

        // Repriced with the claim and its lines loaded.
        await using (var db = fixture.CreateContext())
        {
            var loaded = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claim.Id, Ct);
            loaded.Lines.Single(l => l.LineNumber == 1).Charge = Money.Of(80.00m);
            await db.SaveChangesAsync(Ct);
        }

        await AssertTotalsMatchLinesAsync(sample.Organization.Id);

        // A line added, and one repriced, without the claim loaded at all.
        await using (var db = fixture.CreateContext())
        {
            var template = await db.ClaimLines.AsNoTracking().FirstAsync(l => l.ClaimId == claim.Id, Ct);
            var added = ClaimLine.CopyOf(template, claim.Id, 3, claim.ClaimNumber + "-3");
            added.Charge = Money.Of(12.34m);
            db.ClaimLines.Add(added);
            var second = await db.ClaimLines.SingleAsync(l => l.ClaimId == claim.Id && l.LineNumber == 2, Ct);
            second.Charge = Money.Of(45.00m);
            await db.SaveChangesAsync(Ct);
        }

        await AssertTotalsMatchLinesAsync(sample.Organization.Id);

        // A line removed through its own set.
        await using (var db = fixture.CreateContext())
        {
            var third = await db.ClaimLines.SingleAsync(l => l.ClaimId == claim.Id && l.LineNumber == 3, Ct);
            db.ClaimLines.Remove(third);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = fixture.CreateContext())
        {
            Assert.Equal(Money.Of(125.00m), await db.Claims.Where(c => c.Id == claim.Id).Select(c => c.StoredTotalCharge).SingleAsync(Ct));
        }

        await AssertTotalsMatchLinesAsync(sample.Organization.Id);
    }

    [Fact]
    public async Task Backfill_ComputesEveryTotalFromTheLines()
    {
        var (sample, _) = await SeedClaimAsync(10.01m, 20.02m);
        await using var db = fixture.CreateContext();
        // As a database migrated from before the column existed: every total zero.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Claims\" SET \"TotalCharge\" = 0", Ct);
        Assert.True(await db.Claims.AnyAsync(c => c.OrganizationId == sample.Organization.Id && c.StoredTotalCharge == Money.Zero, Ct));
        await db.Database.ExecuteSqlRawAsync(ClaimTotalsSql.Backfill, Ct);
        await AssertTotalsMatchLinesAsync(sample.Organization.Id);
    }

    [Fact]
    public async Task AmountFilter_BoundsAreInclusive_AndCentExact()
    {
        var org = Guid.Empty;
        var totals = new[] { 99.99m, 100.00m, 100.01m, 250.00m, 399.99m, 400.00m, 400.01m };
        foreach (var total in totals)
        {
            var (sample, _) = await SeedClaimAsync(total);
            if (org == Guid.Empty)
            {
                org = sample.Organization.Id;
            }
            else
            {
                // Move the claim under the first organization so one filter sees them all.
                await using var move = fixture.CreateContext();
                var claim = await move.Claims.SingleAsync(c => c.OrganizationId == sample.Organization.Id, Ct);
                claim.OrganizationId = org;
                await move.SaveChangesAsync(Ct);
            }
        }

        async Task<decimal[]> Between(decimal? min, decimal? max)
        {
            await using var db = fixture.CreateContext();
            var stored = await db.Claims.AsNoTracking().Where(c => c.OrganizationId == org).WhereTotalChargeBetween(min, max)
                .Select(c => c.StoredTotalCharge).ToListAsync(Ct);
            return [.. stored.Select(m => m.Amount).Order()];
        }

        Assert.Equal([100.00m, 100.01m, 250.00m, 399.99m, 400.00m], await Between(100m, 400m));
        Assert.Equal([100.01m, 250.00m, 399.99m], await Between(100.001m, 399.999m));
        Assert.Equal([400.00m, 400.01m], await Between(400m, null));
        Assert.Equal([99.99m, 100.00m], await Between(null, 100m));
        Assert.Equal(totals, await Between(null, null));
        Assert.Empty(await Between(400.01m, 400.00m));
        Assert.Empty(await Between(decimal.MaxValue, null));
        Assert.Equal(totals, await Between(decimal.MinValue, decimal.MaxValue));
    }

    [Fact]
    public void AmountFilter_IsOneComparisonOnTheClaimsTable()
    {
        using var db = fixture.CreateContext();
        var sql = db.Claims.WhereTotalChargeBetween(100m, 400m).Select(c => c.Id).ToQueryString();
        Assert.Contains("\"TotalCharge\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("ClaimLines", sql, StringComparison.Ordinal);
    }
}

public sealed class SqliteClaimTotalsTests(SqliteDatabaseFixture fixture) : ClaimTotalsTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresClaimTotalsTests(PostgresDatabaseFixture fixture) : ClaimTotalsTests(fixture), IClassFixture<PostgresDatabaseFixture>;
