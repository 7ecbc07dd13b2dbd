using System.ComponentModel;
using Claimsmith.Billing.Claims.Export;
using Claimsmith.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Eligibility;

/// <summary><c>claimsmith eligibility request --coverage ID --date D --out FILE.270</c>: builds the 270, records the check and writes the file.</summary>
internal sealed class EligibilityRequestCommand : AsyncCommand<EligibilityRequestCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--coverage <ID>")]
        [Description("The coverage to ask about.")]
        public Guid? Coverage { get; init; }

        [CommandOption("--date <DATE>")]
        [Description("Date of service (yyyy-MM-dd).")]
        public DateOnly? Date { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Where to write the 270.")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            Coverage is null ? ValidationResult.Error("--coverage is required.")
            : Date is null ? ValidationResult.Error("--date is required (yyyy-MM-dd).")
            : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out is required.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await Billing.CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var actor = Environment.UserName is { Length: > 0 } user ? "cli:" + user : "cli";
        var result = await EligibilityChecks.RequestAsync(db, settings.Coverage!.Value, settings.Date!.Value, Claim837ExportSettings.Demo, null, actor, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        if (result.Check is null)
        {
            foreach (var issue in result.Issues)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{issue.Code}[/] {issue.Message}");
            }

            return 1;
        }

        var path = Path.GetFullPath(settings.Out!);
        await File.WriteAllBytesAsync(path + ".partial", result.Request!, cancellationToken).ConfigureAwait(false);
        File.Move(path + ".partial", path, overwrite: true);
        await Audit.CliAudit.RecordAsync(db, "eligibility.request", "EligibilityCheck", [result.Check.Id.ToString()], result.Check.OrganizationId, $"claimsmith eligibility request: {path}", cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Check {result.Check.Id} trace {result.Check.TraceNumber}: 270 written to {path}");
        return 0;
    }
}
