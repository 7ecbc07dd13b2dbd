using Claimsmith.Data;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Audit;

/// <summary>Registers <c>claimsmith audit verify|search|export</c>.</summary>
internal static class AuditCli
{
    public static void AddAuditCommands(this IConfigurator config) =>
        config.AddBranch("audit", audit =>
        {
            audit.SetDescription("The hash-chained audit log: verify it, search it, export it.");
            audit.AddCommand<AuditVerifyCommand>("verify").WithDescription("Check the chain; exit 1 naming each altered, inserted or removed entry.");
            audit.AddCommand<AuditSearchCommand>("search").WithDescription("List entries by time, user, action, organization, record or outcome.");
            audit.AddCommand<AuditExportCommand>("export").WithDescription("Write entries as CSV.");
        });

    /// <summary>The database (unrestricted: the CLI is the operator's tool), migrated first.</summary>
    public static async Task<ClaimsmithDbContext> OpenAsync(CancellationToken ct)
    {
        var db = DatabaseSettings.Resolve().CreateContext();
        await ClaimsmithDatabase.MigrateAsync(db, ct).ConfigureAwait(false);
        return db;
    }
}
