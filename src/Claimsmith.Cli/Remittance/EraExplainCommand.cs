using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Claimsmith.Billing;
using Claimsmith.Cli.X12;
using Claimsmith.X12.Remittance;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Remittance;

/// <summary><c>claimsmith era explain FILE.835 [--json]</c>: reads the file only; changes nothing.</summary>
internal sealed class EraExplainCommand : Command<EraExplainCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The 835 file.")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Write JSON.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No file {settings.File}.[/]");
            return 2;
        }

        var bytes = System.IO.File.ReadAllBytes(settings.File);
        var read = Remittance835Reader.Read(bytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var describe = EraCli.Describer();
        var explanations = read.Value.Select(r => RemittanceExplainer.Explain(RemittanceMapper.Map(r, sha, DateTimeOffset.UtcNow, "explain"), describe)).ToList();
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(explanations, X12Json.Options));
        }
        else
        {
            if (explanations.Count == 0)
            {
                AnsiConsole.MarkupLine("[red]The file holds no 835 transaction set.[/]");
            }

            foreach (var e in explanations)
            {
                Print(e);
            }
        }

        return explanations.Count > 0 && explanations.All(e => e.Balanced) ? 0 : 1;
    }

    private static void Print(RemittanceExplanation e)
    {
        var c = CultureInfo.InvariantCulture;
        AnsiConsole.MarkupLineInterpolated($"[bold]{e.Payer ?? e.PayerKey}[/] payment {e.TraceNumber}: {e.PaymentAmount.ToString("0.00", c)} on {e.PaymentDate?.ToString("yyyy-MM-dd", c) ?? "?"} — {(e.Balanced ? "balanced" : "[red]does not balance[/]")}");
        foreach (var issue in e.Issues)
        {
            AnsiConsole.MarkupLineInterpolated($"  [red]{issue}[/]");
        }

        foreach (var claim in e.Claims)
        {
            AnsiConsole.MarkupLineInterpolated($"  Claim [bold]{claim.ClaimNumber}[/] ({claim.PayerClaimControlNumber}): {claim.Summary}");
            foreach (var p in claim.PatientReasons)
            {
                AnsiConsole.MarkupLineInterpolated($"    patient owes {p.Amount.ToString("0.00", c)} ({p.Code}: {p.Reason}){Line(p.Line)}");
            }

            foreach (var w in claim.WriteOffReasons)
            {
                AnsiConsole.MarkupLineInterpolated($"    written off {w.Amount.ToString("0.00", c)} ({w.Code}: {w.Reason}){Line(w.Line)}");
            }

            foreach (var d in claim.DeniedLines)
            {
                AnsiConsole.MarkupLineInterpolated($"    [yellow]denied {d.Amount.ToString("0.00", c)}[/]{Line(d.Line)} {d.ProcedureCode}: {d.Code} {d.Reason}; category {d.Category}");
                foreach (var r in d.Remarks)
                {
                    AnsiConsole.MarkupLineInterpolated($"      remark {r}");
                }

                AnsiConsole.MarkupLineInterpolated($"      next: {d.Action}");
            }
        }

        foreach (var p in e.ProviderAdjustments)
        {
            AnsiConsole.MarkupLineInterpolated($"  Provider adjustment {p.Code} {p.Amount.ToString("0.00", c)}: {p.Reason}");
        }
    }

    private static string Line(int? line) => line is { } n ? $" on line {n}" : " on the claim";
}
