using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Interop.Tests.Records;

/// <summary>A migrated SQLite database in a temporary folder with one organization, PHI encryption on.</summary>
public sealed class SqliteDatabase : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimsmith-interop-tests-" + Guid.NewGuid().ToString("N"));

    public DatabaseSettings Settings { get; private set; } = null!;

    public string Path2 => System.IO.Path.Combine(_dir, "test.db");

    public Guid OrganizationId { get; } = Guid.CreateVersion7();

    public ClaimsmithDbContext CreateContext() => Settings.CreateContext();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Settings = DatabaseSettings.Sqlite(Path2) with { Keys = KeyRing.Generate(TimeProvider.System) };
        await using var db = Settings.CreateContext();
        await ClaimsmithDatabase.MigrateAsync(db);
        db.Organizations.Add(new Organization { Id = OrganizationId, Name = "North Clinic", TaxId = "123456789", Npi = Npi.Parse("1234567893") });
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
