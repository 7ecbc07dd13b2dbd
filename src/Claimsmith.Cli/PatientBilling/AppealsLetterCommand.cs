using System.ComponentModel;
using Claimsmith.Billing;
using Claimsmith.Cli.Billing;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.Data;
using Claimsmith.Documents;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.PatientBilling;

/// <summary>
/// <c>claimsmith appeals letter --claim ID --out FILE.pdf</c>: the appeal letter of the claim's
/// latest appeal, with CARC/RARC descriptions from the imported code sets when there is a
/// snapshot; lists the blanks the biller must fill. Audited.
/// </summary>
internal sealed class AppealsLetterCommand : AsyncCommand<AppealsLetterCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--claim <ID>")]
        [Description("The claim (its latest appeal is used).")]
        public Guid? Claim { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("The PDF to write.")]
        public string? Out { get; init; }

        [CommandOption("--signed-by <NAME>")]
        [Description("Name and title of the signer.")]
        public string? SignedBy { get; init; }

        public override ValidationResult Validate() =>
            Claim is null || string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--claim and --out are required.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var appealId = await db.LatestAppealIdAsync(settings.Claim!.Value, cancellationToken).ConfigureAwait(false);
        if (appealId == Guid.Empty)
        {
            AnsiConsole.MarkupLine("[red]The claim has no appeal (or does not exist).[/]");
            return 1;
        }

        var snapshotPath = SnapshotStore.PathIn(ClaimsmithPaths.HomeDirectory);
        var snapshot = File.Exists(snapshotPath) ? CodeSetSnapshot.Load(snapshotPath) : null;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string? Describe(CodeSystem system, string code) => snapshot?.Describe(system, code, today) is { } d ? d.LongDescription ?? d.ShortDescription : null;
        var request = await db.AppealLetterRequestAsync(appealId, today, c => Describe(CodeSystem.Carc, c), c => Describe(CodeSystem.Rarc, c), settings.SignedBy, cancellationToken).ConfigureAwait(false);
        var letter = AppealLetterBuilder.Build(request!);
        await File.WriteAllBytesAsync(settings.Out!, AppealLetterRenderer.Render(letter), cancellationToken).ConfigureAwait(false);
        await Audit.CliAudit.RecordAsync(db, "appeal.letter.print", "Claim", [settings.Claim.Value.ToString()], request!.Claim.OrganizationId,
            $"claimsmith appeals letter: {settings.Out}", cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLineInterpolated($"Wrote the level {request.Appeal.Level} appeal letter ({AppealLetterRenderer.Describe(letter.Category)}) to {settings.Out}.");
        foreach (var blank in letter.MissingFields)
        {
            AnsiConsole.MarkupLineInterpolated($"  to complete: {blank}");
        }

        return 0;
    }
}
