using Claimsmith.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Cli.Billing;

/// <summary>
/// The CLI's view of the database: the same settings as the web host (SQLite in
/// CLAIMSMITH_HOME, PostgreSQL when CLAIMSMITH_POSTGRES is set), migrated on first use.
/// </summary>
internal static class CliDatabase
{
    public static async Task<ServiceProvider> OpenAsync(CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimsmithDatabase(DatabaseSettings.Resolve() with { Keys = Keys.CliKeys.Resolve() });
        services.AddSingleton(TimeProvider.System);
        services.AddIdentityCore<ClaimsmithUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClaimsmithDbContext>();
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await ClaimsmithDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>(), ct).ConfigureAwait(false);
        await ClaimsmithIdentity.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>()).ConfigureAwait(false);
        return provider;
    }
}
