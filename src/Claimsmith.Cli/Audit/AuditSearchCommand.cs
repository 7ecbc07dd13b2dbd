using System.ComponentModel;
using Claimsmith.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Audit;

/// <summary><c>claimsmith audit search [--user U] [--action A] [--org ID] [--record ID] [--limit N]</c>: the newest matching entries.</summary>
internal sealed class AuditSearchCommand : AsyncCommand<AuditSearchCommand.Settings>
{
    internal sealed class Settings : AuditFilterSettings
    {
        [CommandOption("--limit <N>")]
        [Description("At most N entries, newest first (default 50).")]
        public int Limit { get; init; } = 50;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await AuditCli.OpenAsync(cancellationToken).ConfigureAwait(false);
        var entries = await AuditLog.Search(db, settings.ToQuery()).OrderByDescending(e => e.Sequence).Take(Math.Max(1, settings.Limit))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var table = new Table().AddColumns("Seq", "At (UTC)", "User", "Action", "Outcome", "Organization", "Records", "Client");
        foreach (var e in entries)
        {
            table.AddRow(
                Markup.Escape(e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape(e.UserName ?? ""), Markup.Escape(e.Action), Markup.Escape(e.Outcome.ToString()),
                Markup.Escape(e.OrganizationId?.ToString() ?? ""), Markup.Escape(e.RecordIds is { Length: > 80 } r ? r[..80] + "..." : e.RecordIds ?? ""),
                Markup.Escape(e.ClientAddress ?? ""));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}.");
        return 0;
    }
}
