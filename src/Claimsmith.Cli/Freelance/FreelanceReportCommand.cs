using System.ComponentModel;
using Claimsmith.Data.Freelance;
using Claimsmith.Documents;
using Microsoft.EntityFrameworkCore;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Freelance;

/// <summary><c>claimsmith freelance report --client ID --period YYYY-MM [--out FILE]</c>: the client report as CSV (counts only, no patient information).</summary>
internal sealed class FreelanceReportCommand : AsyncCommand<FreelanceReportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--client <ID>")]
        public Guid? Client { get; init; }

        [CommandOption("--period <YYYY-MM>")]
        public string? Period { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("CSV file (default standard output).")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Client is not { } clientId || !FreelanceCli.TryParsePeriod(settings.Period, out var start, out var end))
        {
            await Console.Error.WriteLineAsync("Give --client ID and --period YYYY-MM.").ConfigureAwait(false);
            return 2;
        }

        await using var db = await FreelanceCli.OpenAsync(cancellationToken).ConfigureAwait(false);
        var client = await db.FreelanceClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clientId, cancellationToken).ConfigureAwait(false);
        if (client is null)
        {
            await Console.Error.WriteLineAsync($"No client {clientId}.").ConfigureAwait(false);
            return 1;
        }

        var csv = FreelanceCsv.ClientReport(await new FreelanceService(db, TimeProvider.System).ClientReportAsync(client, start, end, cancellationToken).ConfigureAwait(false));
        if (settings.Out is null)
        {
            await Console.Out.WriteAsync(csv).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllTextAsync(settings.Out, csv, cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
