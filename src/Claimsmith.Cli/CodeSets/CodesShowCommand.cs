using System.ComponentModel;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Encoder;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.CodeSets;

/// <summary><c>claimsmith codes show CODE [--system S] [--date D] [--json]</c>.</summary>
internal sealed class CodesShowCommand : Command<CodesShowCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    private static TimeProvider time => TimeProvider.System;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<CODE>")]
        [Description("The code, e.g. E11.22, 0DTJ4ZZ, 99213, J1100.")]
        public string Code { get; init; } = "";

        [CommandOption("--system <SYSTEM>")]
        [Description("icd10cm, icd10pcs, hcpcs, modifier, pos, carc, rarc, group (default: guessed from the code).")]
        public string? System { get; init; }

        [CommandOption("--date <DATE>")]
        [Description("Date of service, yyyy-MM-dd (default: today).")]
        public string? Date { get; init; }

        [CommandOption("--json")]
        [Description("Write JSON.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!CodeSetCli.TryParseDate(settings.Date, time, out var date))
        {
            console.MarkupLineInterpolated($"[red]'{settings.Date}' is not a date (yyyy-MM-dd).[/]");
            return 2;
        }

        if (!CodeSetCli.TryParseSystem(settings.System, out var system))
        {
            console.MarkupLineInterpolated($"[red]Unknown code system '{settings.System}'.[/]");
            return 2;
        }

        var snapshot = CodeSetCli.LoadSnapshot(console);
        if (snapshot is null)
        {
            return 3;
        }

        var systems = system is { } one ? [one] : new[] { CodeSystem.Icd10Cm, CodeSystem.Icd10Pcs, CodeSystem.Hcpcs, CodeSystem.Modifier, CodeSystem.PlaceOfService, CodeSystem.Carc, CodeSystem.Rarc, CodeSystem.AdjustmentGroup };
        CodeDetails? details = null;
        foreach (var s in systems)
        {
            details = snapshot.Describe(s, settings.Code, date);
            if (details is not null)
            {
                break;
            }
        }

        if (details is null)
        {
            console.MarkupLineInterpolated($"[red]{settings.Code} is not a known code.[/]");
            return 1;
        }

        if (settings.Json)
        {
            CodeSetCli.WriteJson(console, details);
            return 0;
        }

        Render(details);
        return 0;
    }

    private static void Render(CodeDetails d)
    {
        var v = d.Validity;
        var status = v.Status switch
        {
            CodeStatus.Valid => "[green]valid[/]",
            CodeStatus.NotBillable => "[yellow]header: not billable[/]",
            CodeStatus.NotYetEffective => "[red]not yet effective[/]",
            CodeStatus.Deleted => "[red]deleted[/]",
            _ => "[red]unknown[/]",
        };
        console.MarkupLineInterpolated($"[bold]{d.Code}[/] ({d.System.ToName()}) {d.LongDescription}");
        if (d.ShortDescription is not null && d.ShortDescription != d.LongDescription)
        {
            console.MarkupLineInterpolated($"  short: {d.ShortDescription}");
        }

        console.MarkupLine($"  {d.DateOfService:yyyy-MM-dd}: {status} ({Markup.Escape(v.Edition ?? "")}{(v.Assumed ? ", outside the imported editions: nearest assumed" : "")})");
        if (v.EffectiveFrom is { } from)
        {
            console.MarkupLineInterpolated($"  effective from {from:yyyy-MM-dd}");
        }

        if (v.EffectiveTo is { } to)
        {
            console.MarkupLineInterpolated($"  effective to {to:yyyy-MM-dd}");
        }

        if (v.ReplacedBy.Count > 0)
        {
            console.MarkupLineInterpolated($"  replaced by: {string.Join(", ", v.ReplacedBy)}");
        }

        if (d.PriorDescription is not null)
        {
            console.MarkupLineInterpolated($"  prior title: {d.PriorDescription}");
        }

        if (d.Hierarchy.Count > 1)
        {
            var tree = new Tree("Hierarchy");
            TreeNode? node = null;
            foreach (var h in d.Hierarchy)
            {
                var text = Markup.Escape($"{h.Kind.ToString().ToLowerInvariant()} {h.Code}: {h.Description}");
                node = node is null ? tree.AddNode(text) : node.AddNode(text);
            }

            console.Write(tree);
        }

        if (d.Notes.Count > 0)
        {
            var table = new Table().AddColumns("Note", "From", "Text");
            foreach (var n in d.Notes)
            {
                var kind = n.Character is { } c ? $"7th {c}" : n.Kind.ToString();
                table.AddRow(Markup.Escape(kind), Markup.Escape(n.Source), Markup.Escape(n.Text));
            }

            console.Write(table);
        }

        if (d.PlaceholderNote is not null)
        {
            console.MarkupLineInterpolated($"  {d.PlaceholderNote}");
        }

        foreach (var f in d.Fees)
        {
            console.MarkupLineInterpolated($"  MPFS {f.Code}{(f.Modifier.Length > 0 ? "-" + f.Modifier : "")}: status {f.Status}, work {f.WorkRvu}, PE non-fac {f.NonFacilityPeRvu}, PE fac {f.FacilityPeRvu}, MP {f.MalpracticeRvu}, global {f.GlobalDays}, mult {f.MultipleProcedure}, bilat {f.Bilateral}, asst {f.AssistantSurgery}, co {f.CoSurgeon}, team {f.TeamSurgery}, CF {f.ConversionFactor}");
        }

        foreach (var t in d.IndexTerms.Take(20))
        {
            console.MarkupLineInterpolated($"  index ({t.Source}): {t.Text} -> {t.Code}");
        }
    }
}
