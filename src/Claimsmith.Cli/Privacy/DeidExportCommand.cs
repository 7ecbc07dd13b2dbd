using System.ComponentModel;
using Claimsmith.Data;
using Claimsmith.Data.Privacy;
using Claimsmith.Privacy.Deidentification;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Privacy;

/// <summary>
/// <c>claimsmith deid export --out DIR [--organization ID]</c>: a Safe Harbor de-identified
/// export (JSON lines) for analytics and model training, with a report of what was removed.
/// </summary>
internal sealed class DeidExportCommand : AsyncCommand<DeidExportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Folder to write patients.jsonl, encounters.jsonl and deid-report.json into (created if missing).")]
        public string? Out { get; init; }

        [CommandOption("--organization <ID>")]
        [Description("Only this organization's patients.")]
        public Guid? Organization { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out))
            {
                return ValidationResult.Error("--out is required.");
            }

            // The export writes only its own fixed file names inside DIR; DIR must not be a file.
            return File.Exists(Out) ? ValidationResult.Error($"--out {Out} is a file, not a folder.") : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var db = DatabaseSettings.Resolve() with { Keys = Keys.CliKeys.Resolve() };
        await using var ctx = db.CreateContext();
        await ClaimsmithDatabase.MigrateAsync(ctx, cancellationToken).ConfigureAwait(false);
        var report = await DeidentifiedExport.RunAsync(ctx, Path.GetFullPath(settings.Out!), TimeProvider.System, settings.Organization, cancellationToken: cancellationToken).ConfigureAwait(false);
        await Audit.CliAudit.RecordAsync(ctx, "deid.export", "Patient", null, settings.Organization, $"claimsmith deid export: {report.Records} records, {report.Notes} notes", cancellationToken).ConfigureAwait(false);
        var table = new Table().AddColumn("Identifier (45 CFR 164.514(b)(2)(i))").AddColumn("Removed").AddColumn("Generalized");
        foreach (var id in Enum.GetValues<SafeHarborIdentifier>())
        {
            table.AddRow(id.ToString(), report.RemovedCount(id).ToString(System.Globalization.CultureInfo.InvariantCulture), report.GeneralizedCount(id).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{report.Records} records, {report.Notes} notes written to {Path.GetFullPath(settings.Out!)}.");
        return 0;
    }
}
