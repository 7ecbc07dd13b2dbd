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
        var (month, exitCode) = await FreelanceCli.OpenClientMonthAsync(settings.Client, settings.Period, cancellationToken).ConfigureAwait(false);
        if (month is null)
        {
            return exitCode;
        }

        await using var opened = month;
        var (db, client, start, end) = (month.Db, month.Client, month.Start, month.End);

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
