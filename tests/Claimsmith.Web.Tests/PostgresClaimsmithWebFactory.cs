using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Claimsmith.Web.Tests;

/// <summary>
/// The real host on PostgreSQL: a uniquely named database created from
/// <c>CLAIMSMITH_TEST_POSTGRES</c> (a superuser connection string, as .ci/run sets it) and
/// dropped afterwards. Without the variable, tests using it skip with the reason.
/// </summary>
public class PostgresClaimsmithWebFactory : ClaimsmithWebFactory
{
    private readonly string? _admin = Environment.GetEnvironmentVariable("CLAIMSMITH_TEST_POSTGRES");
    private readonly string _name = "claimsmith_web_" + Guid.NewGuid().ToString("N")[..12];
    private bool _created;

    public override string? SkipReason => string.IsNullOrWhiteSpace(_admin)
        ? "PostgreSQL API tests need CLAIMSMITH_TEST_POSTGRES (a connection string for a user that may create databases)."
        : null;

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        using (var conn = new NpgsqlConnection(_admin))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", conn);
            cmd.ExecuteNonQuery();
            _created = true;
        }

        builder.UseSetting("ConnectionStrings:Claimsmith", new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await base.DisposeAsync();
        if (!_created)
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
