using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Claimsmith.Data.Tests;

/// <summary>One migrated database per test class and provider; dropped at the end.</summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    /// <summary>Null when the provider cannot be tested here; then tests skip with <see cref="SkipReason"/>.</summary>
    public DatabaseSettings? Settings { get; protected set; }

    public string SkipReason { get; protected set; } = "";

    public ClaimsmithDbContext CreateContext()
    {
        if (Settings is null)
        {
            Assert.Skip(SkipReason);
        }

        return Settings.CreateContext();
    }

    public abstract ValueTask InitializeAsync();

    public abstract ValueTask DisposeAsync();

    protected async Task MigrateAsync()
    {
        await using var db = Settings!.CreateContext();
        await ClaimsmithDatabase.MigrateAsync(db);
    }
}

public sealed class SqliteDatabaseFixture : DatabaseFixture
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimsmith-data-tests-" + Guid.NewGuid().ToString("N"));

    public override async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Settings = DatabaseSettings.Sqlite(Path.Combine(_dir, "test.db")) with { Keys = TestKeys.Ring };
        await MigrateAsync();
    }

    public override ValueTask DisposeAsync()
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

/// <summary>
/// PostgreSQL from <c>CLAIMSMITH_TEST_POSTGRES</c> (a superuser connection string, as .ci/run
/// sets it): each run creates its own uniquely named database and drops it afterwards.
/// </summary>
public sealed class PostgresDatabaseFixture : DatabaseFixture
{
    public const string Variable = "CLAIMSMITH_TEST_POSTGRES";
    private string? _admin;
    private string? _name;

    public override async ValueTask InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_admin))
        {
            SkipReason = $"PostgreSQL tests need {Variable} (a connection string for a user that may create databases).";
            return;
        }

        _name = "claimsmith_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(_admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        Settings = DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString) with { Keys = TestKeys.Ring };
        await MigrateAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_admin is null || _name is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
