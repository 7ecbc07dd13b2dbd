using Claimsmith.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Claimsmith.Data.Tests.Audit;

/// <summary>
/// The audit chain on each provider: appends (also concurrent ones) verify; the database refuses
/// UPDATE and DELETE; and an entry edited, inserted, replaced or deleted directly in the
/// database (with the triggers switched off, as someone with the database owner's rights could)
/// is found by <see cref="AuditLog.VerifyAsync"/> at the right sequence number. Each test uses a
/// fresh database, since tampering breaks the chain for good.
/// </summary>
public abstract class AuditChainTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A new migrated database, or skip.</summary>
    protected abstract Task<DatabaseSettings> CreateDatabaseAsync();

    /// <summary>SQL that switches the append-only triggers off.</summary>
    protected abstract string[] DisableTriggersSql { get; }

    private async Task<DatabaseSettings> SeedAsync(int count)
    {
        var settings = await CreateDatabaseAsync();
        await using var db = settings.CreateContext();
        for (var i = 1; i <= count; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1.2345));
            await AuditLog.AppendAsync(db, new AuditRecord("patient.read", AuditOutcome.Success, "u1", "coder@claimsmith.test", Guid.CreateVersion7(), "Patient", [Guid.CreateVersion7().ToString()], "10.0.0.7", $"GET /api/patients/{{id}} -> 200 #{i}"), _clock, Ct);
        }

        return settings;
    }

    private async Task TamperAsync(DatabaseSettings settings, params string[] sql)
    {
        await using var db = settings.CreateContext();
        foreach (var statement in DisableTriggersSql.Concat(sql))
        {
            await db.Database.ExecuteSqlRawAsync(statement, Ct);
        }
    }

    private static async Task<AuditVerification> VerifyAsync(DatabaseSettings settings)
    {
        await using var db = settings.CreateContext();
        return await AuditLog.VerifyAsync(db, Ct);
    }

    [Fact]
    public async Task Appends_FormAChainThatVerifies()
    {
        var settings = await SeedAsync(5);
        var result = await VerifyAsync(settings);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(5, result.EntryCount);
        Assert.Equal(5, result.HeadSequence);

        await using var db = settings.CreateContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), p => Assert.Equal(p.Second.Hash, p.First.PreviousHash));
        Assert.Equal(_clock.GetUtcNow().ToUnixTimeMilliseconds(), entries[^1].At.ToUnixTimeMilliseconds());
        Assert.Equal(result.HeadHash, entries[^1].Hash);
    }

    [Fact]
    public async Task ConcurrentAppends_NeverForkTheChain()
    {
        var settings = await SeedAsync(0);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                await using var db = settings.CreateContext();
                await AuditLog.AppendAsync(db, new AuditRecord("claim.read", AuditOutcome.Success, UserName: $"worker{w}"), TimeProvider.System, Ct);
            }
        })));
        var result = await VerifyAsync(settings);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(60, result.EntryCount);
    }

    [Fact]
    public async Task LongRecordLists_AreCut_AndStillVerify()
    {
        var settings = await SeedAsync(1);
        await using (var db = settings.CreateContext())
        {
            var ids = Enumerable.Range(0, 1000).Select(_ => Guid.CreateVersion7().ToString()).ToList();
            var entry = await AuditLog.AppendAsync(db, new AuditRecord("patient.list", AuditOutcome.Success, RecordIds: ids), _clock, Ct);
            Assert.True(entry.RecordIds!.Length <= AuditLog.MaxRecordIdsLength);
            Assert.EndsWith(" more", entry.RecordIds, StringComparison.Ordinal);
            Assert.StartsWith(ids[0], entry.RecordIds, StringComparison.Ordinal);
        }

        Assert.True((await VerifyAsync(settings)).IsValid);
    }

    [Fact]
    public async Task Database_RefusesUpdateAndDelete()
    {
        var settings = await SeedAsync(2);
        await using var db = settings.CreateContext();
        foreach (var sql in new[]
        {
            "UPDATE \"AuditEntries\" SET \"Action\" = 'x' WHERE \"Sequence\" = 1",
            "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2",
            "DELETE FROM \"AuditChainHeads\"",
            "UPDATE \"AuditChainHeads\" SET \"Sequence\" = 1",
        })
        {
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql, Ct));
        }

        Assert.True((await VerifyAsync(settings)).IsValid);
    }

    [Fact]
    public async Task EditedEntry_IsFoundAsAltered()
    {
        var settings = await SeedAsync(6);
        await TamperAsync(settings, "UPDATE \"AuditEntries\" SET \"UserName\" = 'someone-else@claimsmith.test' WHERE \"Sequence\" = 3");
        var problem = Assert.Single((await VerifyAsync(settings)).Problems);
        Assert.Equal((3L, AuditProblemKind.Altered), (problem.Sequence, problem.Kind));
    }

    [Fact]
    public async Task EditedEntry_WithItsHashRecomputed_BreaksTheLinkToTheNext()
    {
        var settings = await SeedAsync(6);
        await using (var db = settings.CreateContext())
        {
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 3, Ct);
            entry.Outcome = AuditOutcome.Denied;
            var hash = AuditHash.Compute(entry);
            await TamperAsync(settings, $"UPDATE \"AuditEntries\" SET \"Outcome\" = 'Denied', \"Hash\" = '{hash}' WHERE \"Sequence\" = 3");
        }

        var problem = Assert.Single((await VerifyAsync(settings)).Problems);
        Assert.Equal((4L, AuditProblemKind.Inserted), (problem.Sequence, problem.Kind));
    }

    [Fact]
    public async Task DeletedEntries_AreFoundAsRemoved_InTheMiddleAndAtTheEnd()
    {
        var settings = await SeedAsync(6);
        await TamperAsync(settings, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" IN (3, 6)");
        var problems = (await VerifyAsync(settings)).Problems;
        Assert.Equal([(3L, AuditProblemKind.Removed), (6L, AuditProblemKind.Removed)], problems.Select(p => (p.Sequence, p.Kind)));
    }

    [Fact]
    public async Task InsertedEntries_AreFound_AppendedOrReplacingOne()
    {
        var settings = await SeedAsync(6);
        await using (var db = settings.CreateContext())
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Ct);
            // A forged entry appended after the last, perfectly chained.
            var appended = Forge(7, entries[5].Hash);
            // A forged entry 3 in place of the real one, chained to entry 2.
            var replacement = Forge(3, entries[1].Hash);
            await TamperAsync(settings, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3");
            db.AuditEntries.AddRange(appended, replacement);
            await db.SaveChangesAsync(Ct);
        }

        var problems = (await VerifyAsync(settings)).Problems;
        Assert.Equal([(4L, AuditProblemKind.Inserted), (7L, AuditProblemKind.Inserted)], problems.Select(p => (p.Sequence, p.Kind)));
    }

    private AuditEntry Forge(long sequence, string previousHash)
    {
        var e = new AuditEntry { Sequence = sequence, At = _clock.GetUtcNow(), Action = "patient.list", Outcome = AuditOutcome.Success, UserName = "forger@claimsmith.test", PreviousHash = previousHash, Hash = "" };
        e.Hash = AuditHash.Compute(e);
        return e;
    }
}

public sealed class SqliteAuditChainTests : AuditChainTests, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimsmith-audit-tests-" + Guid.NewGuid().ToString("N"));

    protected override string[] DisableTriggersSql =>
        ["DROP TRIGGER IF EXISTS \"AuditEntries_NoUpdate\"", "DROP TRIGGER IF EXISTS \"AuditEntries_NoDelete\""];

    protected override async Task<DatabaseSettings> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_dir);
        var settings = DatabaseSettings.Sqlite(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));
        await using var db = settings.CreateContext();
        await ClaimsmithDatabase.MigrateAsync(db, TestContext.Current.CancellationToken);
        return settings;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed class PostgresAuditChainTests : AuditChainTests, IAsyncDisposable
{
    private readonly string? _admin = Environment.GetEnvironmentVariable(PostgresDatabaseFixture.Variable);
    private readonly List<string> _databases = [];

    protected override string[] DisableTriggersSql => ["ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER"];

    protected override async Task<DatabaseSettings> CreateDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(_admin))
        {
            Assert.Skip($"PostgreSQL tests need {PostgresDatabaseFixture.Variable} (a connection string for a user that may create databases).");
        }

        var name = "claimsmith_audit_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(_admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        _databases.Add(name);
        var settings = DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(_admin) { Database = name }.ConnectionString);
        await using var db = settings.CreateContext();
        await ClaimsmithDatabase.MigrateAsync(db, TestContext.Current.CancellationToken);
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (_databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync();
        foreach (var name in _databases)
        {
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
