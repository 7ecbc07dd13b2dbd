using Claimsmith.Billing;
using Claimsmith.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Tests.Fees;

/// <summary>
/// Fee schedule rows on each provider: money and dates round-trip, the organization filter keeps
/// one practice's charge master from another, the version guards edits, and the lookup prices a
/// line by code, first modifier and date of service.
/// </summary>
public abstract class FeeScheduleTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rows_RoundTrip_AreScopedToTheirOrganization_AndPriceLines()
    {
        var (a, b) = (new Sample(), new Sample());
        await using (var db = fixture.CreateContext())
        {
            a.AddTo(db);
            b.AddTo(db);
            db.FeeScheduleEntries.AddRange(
                new FeeScheduleEntry { OrganizationId = a.Organization.Id, ProcedureCode = ProcedureCode.Parse("99213"), Amount = Money.Of(125.55m), EffectiveFrom = new DateOnly(2026, 1, 1), EffectiveTo = new DateOnly(2026, 5, 31) },
                new FeeScheduleEntry { OrganizationId = a.Organization.Id, ProcedureCode = ProcedureCode.Parse("99213"), Amount = Money.Of(130m), EffectiveFrom = new DateOnly(2026, 6, 1) },
                new FeeScheduleEntry { OrganizationId = a.Organization.Id, ProcedureCode = ProcedureCode.Parse("20610"), Modifier = "RT", Amount = Money.Of(300m), EffectiveFrom = new DateOnly(2026, 1, 1) },
                new FeeScheduleEntry { OrganizationId = b.Organization.Id, ProcedureCode = ProcedureCode.Parse("99213"), Amount = Money.Of(999m), EffectiveFrom = new DateOnly(2026, 1, 1) });
            await db.SaveChangesAsync(Ct);
        }

        await using var scoped = fixture.CreateContext();
        scoped.OrganizationScope = OrganizationScope.Of("user-1", [a.Organization.Id]);
        var rows = await scoped.FeeScheduleEntries.AsNoTracking().Where(f => f.ProcedureCode == ProcedureCode.Parse("99213") || f.ProcedureCode == ProcedureCode.Parse("20610")).ToListAsync(Ct);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(a.Organization.Id, r.OrganizationId));
        Assert.Contains(rows, r => r.Amount == Money.Of(125.55m) && r.EffectiveTo == new DateOnly(2026, 5, 31));

        var schedule = new FeeSchedule(rows);
        Assert.Equal(Money.Of(251.10m), schedule.Price(ProcedureCode.Parse("99213"), null, 2m, new DateOnly(2026, 3, 2)));
        Assert.Equal(Money.Of(130m), schedule.Price(ProcedureCode.Parse("99213"), Modifier.Parse("25"), 1m, new DateOnly(2026, 7, 1))); // no 25 row: the code's own
        Assert.Equal(Money.Of(300m), schedule.Price(ProcedureCode.Parse("20610"), Modifier.Parse("RT"), 1m, new DateOnly(2026, 7, 1)));
        Assert.Null(schedule.Price(ProcedureCode.Parse("20610"), null, 1m, new DateOnly(2026, 7, 1))); // only the RT row exists
        Assert.Null(schedule.Price(ProcedureCode.Parse("99213"), null, 1m, new DateOnly(2025, 12, 31)));

        // Another organization's rows cannot be written from this scope.
        scoped.FeeScheduleEntries.Add(new FeeScheduleEntry { OrganizationId = b.Organization.Id, ProcedureCode = ProcedureCode.Parse("99214"), Amount = Money.Of(1m), EffectiveFrom = new DateOnly(2026, 1, 1) });
        await Assert.ThrowsAsync<OrganizationScopeViolationException>(() => scoped.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task StaleVersion_IsAConcurrencyFailure()
    {
        var a = new Sample();
        var entry = new FeeScheduleEntry { OrganizationId = a.Organization.Id, ProcedureCode = ProcedureCode.Parse("99395"), Amount = Money.Of(10m), EffectiveFrom = new DateOnly(2026, 1, 1) };
        await using (var db = fixture.CreateContext())
        {
            a.AddTo(db);
            db.FeeScheduleEntries.Add(entry);
            await db.SaveChangesAsync(Ct);
        }

        await using (var first = fixture.CreateContext())
        {
            var row = await first.FeeScheduleEntries.SingleAsync(f => f.Id == entry.Id, Ct);
            row.Amount = Money.Of(11m);
            await first.SaveChangesAsync(Ct);
            Assert.Equal(1, row.Version);
        }

        await using var second = fixture.CreateContext();
        var stale = await second.FeeScheduleEntries.SingleAsync(f => f.Id == entry.Id, Ct);
        stale.Amount = Money.Of(12m);
        second.ExpectVersion(stale, 0);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
    }
}

public sealed class SqliteFeeScheduleTests(SqliteDatabaseFixture fixture) : FeeScheduleTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresFeeScheduleTests(PostgresDatabaseFixture fixture) : FeeScheduleTests(fixture), IClassFixture<PostgresDatabaseFixture>;
