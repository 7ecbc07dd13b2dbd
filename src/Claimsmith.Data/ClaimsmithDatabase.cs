using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Data;

/// <summary>Registration and first-start migration of the database.</summary>
public static class ClaimsmithDatabase
{
    /// <summary>Registers <see cref="ClaimsmithDbContext"/> for the configured provider.</summary>
    public static IServiceCollection AddClaimsmithDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<ClaimsmithDbContext, SqliteClaimsmithDbContext>(settings.Configure);
        }
        else
        {
            services.AddDbContext<ClaimsmithDbContext, PostgresClaimsmithDbContext>(settings.Configure);
        }

        return services;
    }

    /// <summary>
    /// Creates the database if needed and applies pending migrations (EF Core's
    /// <c>Database.MigrateAsync</c>, which takes a migration lock on both providers, so
    /// several starting nodes do not race). SQLite is switched to WAL so readers do not block the writer.
    /// </summary>
    public static async Task MigrateAsync(ClaimsmithDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }
}
