using System.ComponentModel;
using Claimsmith.CodeSets.Codes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.CodeSets;

/// <summary><c>claimsmith fees price CODE --locality L [--modifier M] [--facility] [--json]</c>.</summary>
internal sealed class FeesPriceCommand : Command<FeesPriceCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<CODE>")]
        [Description("CPT/HCPCS code, e.g. 99213.")]
        public string Code { get; init; } = "";

        [CommandOption("--locality <LOCALITY>")]
        [Description("MAC-locality (13202-01), 7 digits (1320201), ST-NN (NY-01) or locality name.")]
        public string Locality { get; init; } = "";

        [CommandOption("--modifier <MOD>")]
        [Description("26, TC or 53 for those fee schedule rows.")]
        public string? Modifier { get; init; }

        [CommandOption("--facility")]
        [Description("Use the facility rate (default non-facility).")]
        public bool Facility { get; init; }

        [CommandOption("--json")]
        [Description("Write JSON.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!HcpcsCode.TryParse(settings.Code, out var code))
        {
            console.MarkupLineInterpolated($"[red]'{settings.Code}' is not a CPT/HCPCS code.[/]");
            return 2;
        }

        var snapshot = CodeSetCli.LoadSnapshot(console);
        if (snapshot is null)
        {
            return 3;
        }

        if (!snapshot.TryFindLocality(settings.Locality, out var locality))
        {
            console.MarkupLineInterpolated($"[red]Unknown or ambiguous locality '{settings.Locality}'.[/] Use MAC-locality, e.g. 13202-01.");
            return 2;
        }

        var price = snapshot.Price(code, settings.Modifier, locality, settings.Facility);
        if (price is null)
        {
            console.MarkupLineInterpolated($"[red]{code} {settings.Modifier} is not in the fee schedule.[/]");
            return 1;
        }

        if (settings.Json)
        {
            CodeSetCli.WriteJson(console, price);
            return 0;
        }

        var i = price.Item;
        var l = price.Locality;
        console.MarkupLineInterpolated($"[bold]{i.Code}{(i.Modifier.Length > 0 ? "-" + i.Modifier : "")}[/] in {l.Name} ({l.Id}), {(price.Facility ? "facility" : "non-facility")}: [bold]${price.Amount:F2}[/]{(price.IsPriced ? "" : $" (status {i.Status}: not paid by this formula)")}");
        console.MarkupLineInterpolated($"  ({i.WorkRvu} x {l.WorkGpci} + {price.PeRvu} x {l.PracticeExpenseGpci} + {i.MalpracticeRvu} x {l.MalpracticeGpci}) x {i.ConversionFactor}");
        return 0;
    }
}
