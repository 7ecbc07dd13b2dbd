using Claimsmith.Billing;
using Claimsmith.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Tests.Security;

/// <summary>
/// The global query filters and the save guard on each provider: a context scoped to one
/// organization sees none of another's rows, directly owned or through a parent, and cannot
/// create or move rows into it; a context with no scope sees nothing.
/// </summary>
public abstract class OrganizationScopeTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Sample A, Sample B)> SeedAsync()
    {
        var (a, b) = (new Sample(), new Sample());
        await using var db = fixture.CreateContext();
        a.AddTo(db);
        b.AddTo(db);
        await db.SaveChangesAsync(Ct);
        return (a, b);
    }

    private ClaimsmithDbContext Scoped(params Guid[] organizations)
    {
        var db = fixture.CreateContext();
        db.OrganizationScope = OrganizationScope.Of("user-1", organizations);
        return db;
    }

    [Fact]
    public async Task ScopedContext_SeesOnlyItsOrganizations_DirectlyAndThroughParents()
    {
        var (a, b) = await SeedAsync();
        await using var db = Scoped(a.Organization.Id);
        Assert.Equal([a.Organization.Id], await db.Organizations.Where(o => o.Id == a.Organization.Id || o.Id == b.Organization.Id).Select(o => o.Id).ToListAsync(Ct));
        Assert.Null(await db.Patients.FirstOrDefaultAsync(p => p.Id == b.Patient.Id, Ct));
        Assert.NotNull(await db.Patients.FirstOrDefaultAsync(p => p.Id == a.Patient.Id, Ct));
        Assert.False(await db.Coverages.AnyAsync(c => c.PatientId == b.Patient.Id, Ct));
        Assert.Equal(2, await db.Coverages.CountAsync(c => c.PatientId == a.Patient.Id, Ct));
        Assert.False(await db.ClinicalDocuments.AnyAsync(d => d.EncounterId == b.Encounter.Id, Ct));
        Assert.False(await db.ChargeLines.AnyAsync(d => d.EncounterId == b.Encounter.Id, Ct));
        Assert.False(await db.Facilities.AnyAsync(f => f.Id == b.Facility.Id, Ct));
        Assert.False(await db.Providers.AnyAsync(p => p.Id == b.Rendering.Id, Ct));
        Assert.True(await db.Providers.AnyAsync(p => p.Id == b.Referring.Id, Ct)); // no organization: shared
        var encounter = await db.Encounters.Include(e => e.Documents).SingleAsync(e => e.Id == a.Encounter.Id, Ct);
        Assert.Single(encounter.Documents);
    }

    [Fact]
    public async Task NoScope_SeesNothing()
    {
        var (a, _) = await SeedAsync();
        await using var db = fixture.CreateContext();
        db.OrganizationScope = OrganizationScope.None;
        Assert.False(await db.Patients.AnyAsync(p => p.Id == a.Patient.Id, Ct));
        Assert.False(await db.Coverages.AnyAsync(c => c.PatientId == a.Patient.Id, Ct));
    }

    [Fact]
    public async Task ScopedContext_CannotCreateOrMoveRecordsIntoAnotherOrganization()
    {
        var (a, b) = await SeedAsync();
        await using (var db = Scoped(a.Organization.Id))
        {
            db.Patients.Add(new Patient { OrganizationId = b.Organization.Id, AccountNumber = "X" + Guid.NewGuid().ToString("N")[..6], LastName = "Intruder", FirstName = "Ivy" });
            var ex = await Assert.ThrowsAsync<OrganizationScopeViolationException>(() => db.SaveChangesAsync(Ct));
            Assert.Equal(b.Organization.Id, ex.OrganizationId);
        }

        await using (var db = Scoped(a.Organization.Id))
        {
            var patient = await db.Patients.SingleAsync(p => p.Id == a.Patient.Id, Ct);
            patient.OrganizationId = b.Organization.Id;
            await Assert.ThrowsAsync<OrganizationScopeViolationException>(() => db.SaveChangesAsync(Ct));
        }

        // Whoever creates an organization becomes its member.
        var userId = Guid.NewGuid().ToString();
        await using (var db = fixture.CreateContext())
        {
            db.Users.Add(new ClaimsmithUser { Id = userId, UserName = userId, NormalizedUserName = userId });
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = fixture.CreateContext())
        {
            db.OrganizationScope = OrganizationScope.Of(userId, [a.Organization.Id]);
            var organization = new Organization { Name = "New practice", TaxId = "123456789" };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync(Ct);
            Assert.True(db.OrganizationScope.Allows(organization.Id));
            Assert.True(await db.OrganizationMembers.AnyAsync(m => m.UserId == userId && m.OrganizationId == organization.Id, Ct));
            Assert.True(await db.Organizations.AnyAsync(o => o.Id == organization.Id, Ct));
        }
    }
}

public sealed class SqliteOrganizationScopeTests(SqliteDatabaseFixture fixture) : OrganizationScopeTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresOrganizationScopeTests(PostgresDatabaseFixture fixture) : OrganizationScopeTests(fixture), IClassFixture<PostgresDatabaseFixture>;
