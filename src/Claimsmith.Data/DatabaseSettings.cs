using Claimsmith.CodeSets;
using Claimsmith.Data.Privacy;
using Claimsmith.Privacy.Encryption;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>
/// Where the database is: SQLite in <c>CLAIMSMITH_HOME/claimsmith.db</c> unless a PostgreSQL
/// connection string is given (configuration <c>ConnectionStrings:Claimsmith</c> or the
/// environment variable <c>CLAIMSMITH_POSTGRES</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Environment variable that switches the CLI and the web host to PostgreSQL.</summary>
    public const string PostgresVariable = "CLAIMSMITH_POSTGRES";

    /// <summary>The SQLite file name inside <c>CLAIMSMITH_HOME</c>.</summary>
    public const string SqliteFileName = "claimsmith.db";

    /// <summary>SQLite at <paramref name="path"/>.</summary>
    public static DatabaseSettings Sqlite(string path) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30, ForeignKeys = true }.ToString());

    /// <summary>
    /// The keys PHI columns are encrypted with; null means <see cref="PhiEncryption.DefaultKeys"/>
    /// (<c>CLAIMSMITH_KEY_FILE</c> or the key file in <c>CLAIMSMITH_HOME</c>, created on first use).
    /// </summary>
    public KeyRing? Keys { get; init; }

    /// <summary>PostgreSQL with a connection string.</summary>
    public static DatabaseSettings Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    /// <summary>
    /// PostgreSQL when <paramref name="postgresConnectionString"/> (or else <c>CLAIMSMITH_POSTGRES</c>)
    /// is set, otherwise the SQLite file in Claimsmith's home folder.
    /// </summary>
    public static DatabaseSettings Resolve(string? postgresConnectionString = null)
    {
        var pg = !string.IsNullOrWhiteSpace(postgresConnectionString)
            ? postgresConnectionString
            : Environment.GetEnvironmentVariable(PostgresVariable);
        return !string.IsNullOrWhiteSpace(pg)
            ? Postgres(pg)
            : Sqlite(Path.Combine(ClaimsmithPaths.HomeDirectory, SqliteFileName));
    }

    /// <summary>Configures EF Core for this database.</summary>
    public void Configure(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(ConnectionString);
        }
        else
        {
            builder.UseNpgsql(ConnectionString);
        }

        builder.UsePhiEncryption(Keys ?? PhiEncryption.DefaultKeys);
    }

    /// <summary>
    /// A context without dependency injection (CLI, tests, system work) with the explicit
    /// <see cref="Security.OrganizationScope.Unrestricted"/> scope: it sees every organization.
    /// </summary>
    public ClaimsmithDbContext CreateContext()
    {
        var db = CreateContextCore();
        db.OrganizationScope = Security.OrganizationScope.Unrestricted;
        return db;
    }

    private ClaimsmithDbContext CreateContextCore()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var b = new DbContextOptionsBuilder<SqliteClaimsmithDbContext>();
            Configure(b);
            return new SqliteClaimsmithDbContext(b.Options);
        }
        else
        {
            var b = new DbContextOptionsBuilder<PostgresClaimsmithDbContext>();
            Configure(b);
            return new PostgresClaimsmithDbContext(b.Options);
        }
    }
}
