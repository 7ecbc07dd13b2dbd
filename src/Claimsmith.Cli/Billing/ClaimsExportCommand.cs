using System.ComponentModel;
using Claimsmith.Billing;
using Claimsmith.Billing.Claims.Export;
using Claimsmith.Data;
using Claimsmith.Documents;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Billing;

/// <summary>
/// <c>claimsmith claims export --format 837p|837i|cms1500 --out DIR [--status Ready] [--mode full|data]</c>:
/// 837P/837I batches (at most 5,000 claims per file, each validated before it is written) or one
/// PDF per professional claim. Every file is written to a temporary name and renamed when
/// complete, so an interrupted export never leaves a partial file under a final name; the
/// export changes no record.
/// </summary>
internal sealed class ClaimsExportCommand : AsyncCommand<ClaimsExportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("837p, 837i or cms1500.")]
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

            if (Format is not ("cms1500" or "837p" or "837i"))
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
        var dir = Directory.CreateDirectory(settings.Out!).FullName;
        if (settings.Format is "837p" or "837i")
        {
            return await Export837Async(db, settings, dir, cancellationToken).ConfigureAwait(false);
        }

        var mode = settings.Mode == "data" ? Cms1500Mode.DataOnly : Cms1500Mode.FullForm;
        var query = db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery()
            .Where(c => c.Status == settings.Status && c.Kind == ClaimKind.Professional)
            .OrderBy(c => c.ClaimNumber);
        var written = new List<string>();
        foreach (var claim in settings.Limit is { } limit ? query.Take(limit) : query)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(dir, $"{claim.ClaimNumber}.cms1500.pdf");
            var temp = path + ".partial";
            await File.WriteAllBytesAsync(temp, Cms1500Renderer.Render(claim, mode), cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
            written.Add(claim.Id.ToString());
        }

        if (written.Count > 0)
        {
            await Audit.CliAudit.RecordAsync(db, "claim.print-cms1500", "Claim", written, null, $"claimsmith claims export --format cms1500: {written.Count} PDF(s) to {dir}", cancellationToken).ConfigureAwait(false);
        }

        AnsiConsole.MarkupLineInterpolated($"Wrote {written.Count} CMS-1500 PDF(s) for {settings.Status} professional claims to {dir}.");
        return 0;
    }

    private static async Task<int> Export837Async(ClaimsmithDbContext db, Settings settings, string dir, CancellationToken cancellationToken)
    {
        var kind = settings.Format == "837i" ? ClaimKind.Institutional : ClaimKind.Professional;
        var query = db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery()
            .Where(c => c.Status == settings.Status && c.Kind == kind)
            .OrderBy(c => c.ClaimNumber);
        var claims = await (settings.Limit is { } limit ? query.Take(limit) : query).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (claims.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"No {settings.Status} {kind} claims to export.");
            return 0;
        }

        var exportSettings = Claim837ExportSettings.Demo;
        AnsiConsole.MarkupLine("[yellow]Using the demonstration submitter and receiver (ISA15 = T, test); set up the clearinghouse enrolment before sending real claims.[/]");
        var files = 0;
        foreach (var chunk in claims.Chunk(Claim837Exporter.MaxClaimsPerTransaction))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var control = await db.NextInterchangeControlNumberAsync(cancellationToken).ConfigureAwait(false);
            var batch = Claim837Exporter.Export(chunk, kind, exportSettings, DateTimeOffset.UtcNow, control);
            if (!batch.IsAccepted)
            {
                foreach (var issue in batch.Validation.Errors.Take(50))
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]{issue}[/]");
                }

                AnsiConsole.MarkupLineInterpolated($"[red]The {settings.Format} batch {control} did not pass the X12 validator; nothing was written for it.[/]");
                return 1;
            }

            var path = Path.Combine(dir, $"{settings.Format}-{control:D9}.x12");
            var temp = path + ".partial";
            await File.WriteAllBytesAsync(temp, batch.Bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
            files++;
            await Audit.CliAudit.RecordAsync(db, "claim-batch.export", "Claim", [.. chunk.Select(c => c.Id.ToString())], null, $"claimsmith claims export --format {settings.Format}: {path}", cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLineInterpolated($"{path}: {batch.ClaimNumbers.Count} claim(s), accepted by the validator.");
        }

        AnsiConsole.MarkupLineInterpolated($"Wrote {files} {settings.Format} file(s) for {claims.Count} {settings.Status} {kind} claims to {dir}.");
        return 0;
    }
}
