using System.ComponentModel;
using System.Text;
using Claimsmith.Billing;
using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.PatientBilling;

/// <summary>
/// <c>claimsmith reports aging --by payer|patient [--as-of DATE] [--organization ID] [--csv FILE]</c>:
/// open balances by age from the date of service, aggregated in the database.
/// </summary>
internal sealed class ReportsAgingCommand : AsyncCommand<ReportsAgingCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--by <BY>")]
        [Description("payer (what insurance owes) or patient (what patients owe). Default payer.")]
        public string By { get; init; } = "payer";

        [CommandOption("--as-of <DATE>")]
        [Description("Age balances on this day (yyyy-MM-dd, default today, UTC).")]
        public DateOnly? AsOf { get; init; }

        [CommandOption("--organization <ID>")]
        [Description("Only this organization.")]
        public Guid? Organization { get; init; }

        [CommandOption("--csv <FILE>")]
        [Description("Write the report as CSV to FILE.")]
        public string? Csv { get; init; }

        public override ValidationResult Validate() =>
            By is "payer" or "patient" ? ValidationResult.Success() : ValidationResult.Error("--by must be payer or patient.");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var by = settings.By == "patient" ? AgingBy.Patient : AgingBy.Payer;
        var report = await db.AgingAsync(by, settings.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow), settings.Organization, cancellationToken).ConfigureAwait(false);
        if (by == AgingBy.Patient)
        {
            await Audit.CliAudit.RecordAsync(db, "report.aging.patient", "Patient", [.. report.Rows.Select(r => r.Id.ToString())], settings.Organization,
                $"claimsmith reports aging --by patient: {report.Rows.Count} patients", cancellationToken).ConfigureAwait(false);
        }

        if (settings.Csv is { } file)
        {
            await File.WriteAllTextAsync(file, ReportsCsv.Aging(report), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLineInterpolated($"Wrote {report.Rows.Count} row(s) to {file}.");
            return 0;
        }

        var table = new Table().AddColumns(by == AgingBy.Payer ? "Payer" : "Patient", "Claims", "0-30", "31-60", "61-90", "91-120", "Over 120", "Total");
        foreach (var r in report.Rows)
        {
            table.AddRow(Markup.Escape(r.Name), r.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Aging.Current.ToString(), r.Aging.Days31To60.ToString(),
                r.Aging.Days61To90.ToString(), r.Aging.Days91To120.ToString(), r.Aging.Over120.ToString(), r.Aging.Total.ToString());
        }

        var t = report.Totals;
        table.AddRow("TOTAL", report.Rows.Sum(r => r.Claims).ToString(System.Globalization.CultureInfo.InvariantCulture), t.Current.ToString(), t.Days31To60.ToString(),
            t.Days61To90.ToString(), t.Days91To120.ToString(), t.Over120.ToString(), t.Total.ToString());
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"As of {report.AsOf:yyyy-MM-dd}. {report.Basis}");
        return 0;
    }
}
