using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// The database and the client named by <c>--client ID --period YYYY-MM</c>, or the exit code
    /// after saying what is wrong (2: the options, 1: no such client).
    /// </summary>
    public static async Task<(ClientMonth? Month, int ExitCode)> OpenClientMonthAsync(Guid? clientId, string? period, CancellationToken ct)
    {
        if (clientId is not { } id || !TryParsePeriod(period, out var start, out var end))
        {
            await Console.Error.WriteLineAsync("Give --client ID and --period YYYY-MM.").ConfigureAwait(false);
            return (null, 2);
        }

        var db = await OpenAsync(ct).ConfigureAwait(false);
        var client = await db.FreelanceClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct).ConfigureAwait(false);
        if (client is null)
        {
            await db.DisposeAsync().ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"No client {id}.").ConfigureAwait(false);
            return (null, 1);
        }

        return (new ClientMonth(db, client, start, end), 0);
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

/// <summary>An open database with the client and the first and last day of the month a command works on.</summary>
internal sealed record ClientMonth(ClaimsmithDbContext Db, FreelanceClient Client, DateOnly Start, DateOnly End) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
