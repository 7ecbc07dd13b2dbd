using System.Globalization;
using Claimsmith.Data;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Freelance;

/// <summary>Registers <c>claimsmith invoices generate|aging</c> and <c>claimsmith freelance report</c>.</summary>
internal static class FreelanceCli
{
    public static void AddFreelanceCommands(this IConfigurator config)
    {
        config.AddBranch("invoices", invoices =>
        {
            invoices.SetDescription("Client invoices of freelance coders and billing services.");
            invoices.AddCommand<InvoicesGenerateCommand>("generate").WithDescription("Issue a client's invoice for a month and write it as PDF and CSV.");
            invoices.AddCommand<InvoicesAgingCommand>("aging").WithDescription("What clients owe, by days past due.");
        });
        config.AddBranch("freelance", freelance =>
        {
            freelance.SetDescription("Freelance work: client reports.");
            freelance.AddCommand<FreelanceReportCommand>("report").WithDescription("A client's report for a month (counts only) as CSV.");
        });
    }

    /// <summary>The database (unrestricted: the CLI is the operator's tool), migrated first.</summary>
    public static async Task<ClaimsmithDbContext> OpenAsync(CancellationToken ct)
    {
        var db = (DatabaseSettings.Resolve() with { Keys = Keys.CliKeys.Resolve() }).CreateContext();
        await ClaimsmithDatabase.MigrateAsync(db, ct).ConfigureAwait(false);
        return db;
    }

    /// <summary>A month as <c>YYYY-MM</c>.</summary>
    public static bool TryParsePeriod(string? text, out DateOnly start, out DateOnly end)
    {
        end = default;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return false;
        }

        end = start.AddMonths(1).AddDays(-1);
        return true;
    }
}
