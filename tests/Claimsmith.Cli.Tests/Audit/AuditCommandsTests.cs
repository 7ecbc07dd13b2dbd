using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Cli.Tests.Audit;

/// <summary>
/// <c>claimsmith audit verify|search|export</c> as a real process on a SQLite home: an intact
/// log exits 0; an entry edited or deleted behind the triggers' back exits 1 naming its sequence
/// number; search and export find the entries; <c>users add --org</c> assigns memberships.
/// </summary>
public sealed class AuditCommandsTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "claimsmith-audit-cli-" + Guid.NewGuid().ToString("N"));

    private DatabaseSettings Settings => DatabaseSettings.Sqlite(Path.Combine(_home, DatabaseSettings.SqliteFileName));

    private async Task SeedAsync(int count, CancellationToken ct)
    {
        Directory.CreateDirectory(_home);
        await using var db = Settings.CreateContext();
        await ClaimsmithDatabase.MigrateAsync(db, ct);
        for (var i = 1; i <= count; i++)
        {
            await AuditLog.AppendAsync(db, new AuditRecord(i % 2 == 0 ? "patient.read" : "claim.read", AuditOutcome.Success, "u" + i, $"user{i}@claimsmith.test", RecordIds: [$"rec-{i}"]), TimeProvider.System, ct);
        }
    }

    [Fact]
    public async Task Verify_ExitsZeroWhenIntact_AndOneNamingTheTamperedEntries()
    {
        var ct = TestContext.Current.CancellationToken;
        await SeedAsync(5, ct);
        var (exit, output) = await RunAsync(ct, "audit", "verify");
        Assert.True(exit == 0, output);
        Assert.Contains("intact: 5 entries", output, StringComparison.Ordinal);

        await using (var db = Settings.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_NoUpdate\"", ct);
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_NoDelete\"", ct);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"RecordIds\" = 'rec-99' WHERE \"Sequence\" = 2", ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 4", ct);
        }

        (exit, output) = await RunAsync(ct, "audit", "verify");
        Assert.Equal(1, exit);
        Assert.Contains("sequence 2: altered", output, StringComparison.Ordinal);
        Assert.Contains("sequence 4: removed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAndExport_FindTheEntries()
    {
        var ct = TestContext.Current.CancellationToken;
        await SeedAsync(4, ct);
        var (exit, output) = await RunAsync(ct, "audit", "search", "--action", "patient.", "--user", "user2@claimsmith.test");
        Assert.True(exit == 0, output);
        Assert.Contains("1 entry", output, StringComparison.Ordinal);

        var csv = Path.Combine(_home, "audit.csv");
        (exit, output) = await RunAsync(ct, "audit", "export", "--out", csv, "--action", "patient.");
        Assert.True(exit == 0, output);
        var lines = await File.ReadAllLinesAsync(csv, ct);
        Assert.Equal(AuditCsv.Header, lines[0]);
        Assert.Equal(3, lines.Length); // header + entries 2 and 4
        Assert.Contains(lines, l => l.Contains("rec-4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UsersAdd_AssignsOrganizations()
    {
        var ct = TestContext.Current.CancellationToken;
        await SeedAsync(0, ct);
        var org = new Claimsmith.Billing.Organization { Name = "Maple Clinic", TaxId = "123456789" };
        await using (var db = Settings.CreateContext())
        {
            db.Organizations.Add(org);
            await db.SaveChangesAsync(ct);
        }

        var (exit, output) = await RunAsync(ct, "users", "add", "--email", "maple@claimsmith.test", "--role", "coder", "--org", "Maple Clinic", "--password-stdin");
        Assert.True(exit == 0, output);
        (exit, output) = await RunAsync(ct, "users", "add", "--email", "nowhere@claimsmith.test", "--role", "coder", "--org", "No Such Clinic", "--password-stdin");
        Assert.Equal(1, exit);
        Assert.Contains("UnknownOrganization", output, StringComparison.Ordinal);

        await using var check = Settings.CreateContext();
        var user = await check.Users.SingleAsync(u => u.Email == "maple@claimsmith.test", ct);
        Assert.Equal([org.Id], await check.OrganizationMembers.Where(m => m.UserId == user.Id).Select(m => m.OrganizationId).ToListAsync(ct));
        Assert.False(await check.Users.AnyAsync(u => u.Email == "nowhere@claimsmith.test", ct));
    }

    private Task<(int Exit, string Output)> RunAsync(CancellationToken ct, params string[] args) => CliProcess.RunAsync(_home, "Synthetic-Pass-123", ct, args);

    public void Dispose() => CliProcess.DeleteHome(_home);
}
