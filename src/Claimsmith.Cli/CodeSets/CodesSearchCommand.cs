using System.ComponentModel;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Encoder;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.CodeSets;

/// <summary><c>claimsmith codes search TEXT [--system S] [--limit N] [--date D] [--json]</c>.</summary>
internal sealed class CodesSearchCommand : Command<CodesSearchCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<TEXT>")]
        [Description("Words, abbreviations (CHF, DM2, ...), a code or a code prefix.")]
        public string Text { get; init; } = "";

        [CommandOption("--system <SYSTEM>")]
        [Description("Limit to one system: icd10cm, icd10pcs, hcpcs, modifier, pos, carc, rarc, group.")]
        public string? System { get; init; }

        [CommandOption("--limit <N>")]
        [Description("Maximum results (default 20).")]
        public int Limit { get; init; } = 20;

        [CommandOption("--date <DATE>")]
        [Description("Only codes that exist on this date of service (yyyy-MM-dd).")]
        public string? Date { get; init; }

        [CommandOption("--json")]
        [Description("Write JSON.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!CodeSetCli.TryParseSystem(settings.System, out var system))
        {
            console.MarkupLineInterpolated($"[red]Unknown code system '{settings.System}'.[/]");
            return 2;
        }

        if (settings.Limit is < 1 or > 500)
        {
            console.MarkupLine("[red]--limit must be between 1 and 500.[/]");
            return 2;
        }

        DateOnly? date = null;
        if (settings.Date is not null)
        {
            if (!CodeSetCli.TryParseDate(settings.Date, TimeProvider.System, out var d))
            {
                console.MarkupLineInterpolated($"[red]'{settings.Date}' is not a date (yyyy-MM-dd).[/]");
                return 2;
            }

            date = d;
        }

        var snapshot = CodeSetCli.LoadSnapshot(console);
        if (snapshot is null)
        {
            return 3;
        }

        var hits = snapshot.Search(settings.Text, new SearchOptions { Systems = system is { } s ? [s] : null, Limit = settings.Limit, DateOfService = date });
        if (settings.Json)
        {
            CodeSetCli.WriteJson(console, hits);
            return 0;
        }

        var table = new Table().AddColumns("Code", "System", "Billable", "Description", "Matched");
        foreach (var h in hits)
        {
            table.AddRow(Markup.Escape(h.Code), h.System.ToName(), h.IsBillable ? "yes" : "no", Markup.Escape(h.Description ?? ""), Markup.Escape(h.MatchedText is null ? h.MatchedBy : $"{h.MatchedBy}: {h.MatchedText}"));
        }

        console.Write(table);
        return hits.Count > 0 ? 0 : 1;
    }
}
