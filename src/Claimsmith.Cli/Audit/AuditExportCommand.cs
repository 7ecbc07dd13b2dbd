using System.ComponentModel;
using Claimsmith.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Audit;

/// <summary><c>claimsmith audit export [--out FILE] [filters]</c>: matching entries as CSV, oldest first (standard output without --out).</summary>
internal sealed class AuditExportCommand : AsyncCommand<AuditExportCommand.Settings>
{
    internal sealed class Settings : AuditFilterSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("CSV file to write (default standard output).")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await AuditCli.OpenAsync(cancellationToken).ConfigureAwait(false);
        var entries = AuditLog.Search(db, settings.ToQuery()).AsAsyncEnumerable();
        if (settings.Out is null)
        {
            await AuditCsv.WriteAsync(Console.Out, entries, cancellationToken).ConfigureAwait(false);
            await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        // Written under a temporary name and renamed, so an interrupted export leaves no partial file.
        var temp = settings.Out + ".partial";
        await using (var writer = new StreamWriter(temp))
        {
            await AuditCsv.WriteAsync(writer, entries, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, settings.Out, overwrite: true);
        return 0;
    }
}
