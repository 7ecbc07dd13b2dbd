using System.ComponentModel;
using Claimsmith.Billing;
using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Claimsmith.Documents;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.PatientBilling;

/// <summary>
/// <c>claimsmith statements run [--out DIR] [--minimum AMOUNT] [--skip-days N] [--date DATE]</c>:
/// a numbered statement for every patient who owes more than the minimum and was not sent one
/// within the skip window, stored with what it showed, and one PDF each in DIR. Audited.
/// </summary>
internal sealed class StatementsRunCommand : AsyncCommand<StatementsRunCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Write one PDF per statement to DIR.")]
        public string? Out { get; init; }

        [CommandOption("--minimum <AMOUNT>")]
        [Description("Send only when the patient owes more than this (default 5.00).")]
        public decimal Minimum { get; init; } = 5m;

        [CommandOption("--skip-days <N>")]
        [Description("Skip patients sent a statement within N days (default 25).")]
        public int SkipDays { get; init; } = 25;

        [CommandOption("--date <DATE>")]
        [Description("Statement date (default today, UTC).")]
        public DateOnly? Date { get; init; }

        [CommandOption("--organization <ID>")]
        [Description("Only this organization.")]
        public Guid? Organization { get; init; }

        public override ValidationResult Validate() =>
            !Money.TryParse(Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture), out _) || Minimum < 0 ? ValidationResult.Error("--minimum is an amount in dollars.")
            : SkipDays is < 0 or > 365 ? ValidationResult.Error("--skip-days is between 0 and 365.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var run = await db.RunStatementsAsync(new StatementRunOptions
        {
            OrganizationId = settings.Organization,
            MinimumBalance = Money.Of(settings.Minimum),
            SkipIfSentWithinDays = settings.SkipDays,
            StatementDate = settings.Date ?? DateOnly.FromDateTime(DateTime.UtcNow),
            Actor = "os:" + Environment.UserName,
        }, TimeProvider.System, cancellationToken).ConfigureAwait(false);

        if (settings.Out is { } dir)
        {
            Directory.CreateDirectory(dir);
            foreach (var (record, statement) in run)
            {
                var path = Path.Combine(dir, record.StatementNumber + ".pdf");
                await File.WriteAllBytesAsync(path + ".partial", StatementRenderer.Render(statement), cancellationToken).ConfigureAwait(false);
                File.Move(path + ".partial", path, overwrite: true);
            }
        }

        await Audit.CliAudit.RecordAsync(db, settings.Out is null ? "statement.run" : "statement.print", "Patient", [.. run.Select(r => r.Record.PatientId.ToString())], settings.Organization,
            $"claimsmith statements run: {run.Count} statement(s){(settings.Out is null ? "" : " printed to " + settings.Out)}", cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLineInterpolated($"{run.Count} statement(s), {Money.Sum(run.Select(r => r.Record.AmountDue))} due in total.");
        return 0;
    }
}
