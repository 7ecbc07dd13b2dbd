using System.ComponentModel;
using Claimsmith.CodeSets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.CodeSets;

/// <summary><c>claimsmith codes stats [--json]</c>: counts per system and edition.</summary>
internal sealed class CodesStatsCommand : Command<CodesStatsCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--json")]
        [Description("Write JSON.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var snapshot = CodeSetCli.LoadSnapshot(console);
        if (snapshot is null)
        {
            return 3;
        }

        var rows = Enum.GetValues<CodeSystem>().Select(s =>
        {
            var e = snapshot.GetEdition(s);
            return new
            {
                System = s.ToName(),
                Edition = e?.Name,
                ValidFrom = e?.KnownFrom,
                CurrentFrom = e?.CurrentFrom,
                ValidTo = e?.KnownTo,
                Codes = e?.Count ?? snapshot.Count(s),
                Billable = e?.BillableCount,
                Held = snapshot.Count(s),
            };
        }).ToList();
        if (settings.Json)
        {
            CodeSetCli.WriteJson(console, new { snapshot.Created, snapshot.Sources, Systems = rows });
            return 0;
        }

        var table = new Table().AddColumns("System", "Edition", "Known from", "Current from", "To", "Codes", "Billable", "Held (incl. deleted)");
        foreach (var r in rows)
        {
            table.AddRow(r.System, r.Edition ?? "", $"{r.ValidFrom:yyyy-MM-dd}", $"{r.CurrentFrom:yyyy-MM-dd}", $"{r.ValidTo:yyyy-MM-dd}", $"{r.Codes:N0}", r.Billable is { } b ? $"{b:N0}" : "", $"{r.Held:N0}");
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Built {snapshot.Created:yyyy-MM-dd HH:mm} UTC from {snapshot.Sources.Count} files.");
        return 0;
    }
}
