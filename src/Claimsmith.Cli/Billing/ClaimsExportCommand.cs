using System.ComponentModel;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Documents;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Billing;

/// <summary>
/// <c>claimsmith claims export --format cms1500 --out DIR [--status Ready] [--mode full|data]</c>:
/// one PDF per professional claim. Each file is written to a temporary name and renamed when
/// complete, so an interrupted export never leaves a partial PDF under a final name.
/// (The 837P/837I formats plug in here once Claimsmith.X12 provides the writer and validator.)
/// </summary>
internal sealed class ClaimsExportCommand : AsyncCommand<ClaimsExportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("cms1500 (837p and 837i come with the X12 writer).")]
        public string Format { get; init; } = "cms1500";

        [CommandOption("--out <DIR>")]
        [Description("Folder to write to (created if missing).")]
        public string? Out { get; init; }

        [CommandOption("--status <STATUS>")]
        [Description("Only claims in this status (default Ready).")]
        public ClaimStatus Status { get; init; } = ClaimStatus.Ready;

        [CommandOption("--mode <MODE>")]
        [Description("full (the whole form) or data (data only, for the pre-printed red form). Default full.")]
        public string Mode { get; init; } = "full";

        [CommandOption("--limit <N>")]
        [Description("At most N claims (default all).")]
        public int? Limit { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Out))
            {
                return ValidationResult.Error("--out is required.");
            }

            if (Format is "837p" or "837i")
            {
                return ValidationResult.Error($"--format {Format}: the 837 writer (Claimsmith.X12) is not part of this build yet.");
            }

            if (Format != "cms1500")
            {
                return ValidationResult.Error("--format must be cms1500, 837p or 837i.");
            }

            return Mode is "full" or "data" ? ValidationResult.Success() : ValidationResult.Error("--mode must be full or data.");
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var mode = settings.Mode == "data" ? Cms1500Mode.DataOnly : Cms1500Mode.FullForm;
        var dir = Directory.CreateDirectory(settings.Out!).FullName;
        var query = db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery()
            .Where(c => c.Status == settings.Status && c.Kind == ClaimKind.Professional)
            .OrderBy(c => c.ClaimNumber);
        var written = 0;
        foreach (var claim in settings.Limit is { } limit ? query.Take(limit) : query)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(dir, $"{claim.ClaimNumber}.cms1500.pdf");
            var temp = path + ".partial";
            await File.WriteAllBytesAsync(temp, Cms1500Renderer.Render(claim, mode), cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
            written++;
        }

        AnsiConsole.MarkupLineInterpolated($"Wrote {written} CMS-1500 PDF(s) for {settings.Status} professional claims to {dir}.");
        return 0;
    }
}
