using System.ComponentModel;
using System.Text;
using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.PatientBilling;

/// <summary><c>claimsmith reports kpi --from DATE --to DATE [--organization ID] [--csv FILE]</c>: the revenue-cycle measures with their definitions.</summary>
internal sealed class ReportsKpiCommand : AsyncCommand<ReportsKpiCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--from <DATE>")]
        [Description("First day of the period (yyyy-MM-dd).")]
        public DateOnly? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last day of the period (yyyy-MM-dd).")]
        public DateOnly? To { get; init; }

        [CommandOption("--organization <ID>")]
        [Description("Only this organization.")]
        public Guid? Organization { get; init; }

        [CommandOption("--csv <FILE>")]
        [Description("Write the measures as CSV to FILE.")]
        public string? Csv { get; init; }

        public override ValidationResult Validate() =>
            From is null || To is null || To < From ? ValidationResult.Error("--from and --to are required, --from on or before --to.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var m = await db.RevenueCycleAsync(settings.From!.Value, settings.To!.Value, settings.Organization, cancellationToken).ConfigureAwait(false);
        var csv = ReportsCsv.Measures(m);
        if (settings.Csv is { } file)
        {
            await File.WriteAllTextAsync(file, csv, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLineInterpolated($"Wrote the measures for {m.From:yyyy-MM-dd} to {m.To:yyyy-MM-dd} to {file}.");
            return 0;
        }

        var table = new Table().AddColumns("Measure", "Value", "Definition");
        foreach (var line in csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var parts = line.Split(',', 3);
            table.AddRow(Markup.Escape(parts[0]), Markup.Escape(parts[1]), Markup.Escape(parts[2].Trim('"')));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
