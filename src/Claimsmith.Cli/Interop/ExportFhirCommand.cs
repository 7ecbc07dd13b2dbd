using System.ComponentModel;
using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Claimsmith.Interop.Fhir;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Interop;

/// <summary><c>claimsmith export fhir --claim ID [--validate]</c>: a claim as a FHIR R4 Claim (JSON on standard output).</summary>
internal sealed class ExportFhirCommand : AsyncCommand<ExportFhirCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--claim <ID>")]
        [Description("The claim id, or its claim number (CLM01).")]
        public string Claim { get; init; } = "";

        [CommandOption("--validate")]
        [Description("Check the resource against the base FHIR R4 profiles and print the issues on standard error.")]
        public bool CheckProfiles { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var query = db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses);
        var claim = Guid.TryParse(settings.Claim, out var id)
            ? await query.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false)
            : await query.FirstOrDefaultAsync(c => c.ClaimNumber == settings.Claim, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            await Console.Error.WriteLineAsync($"No claim '{settings.Claim}'.").ConfigureAwait(false);
            return 1;
        }

        var fhir = FhirExporter.ToClaim(claim, services.GetRequiredService<TimeProvider>().GetUtcNow());
        await Audit.CliAudit.RecordAsync(db, "claim.export-fhir", "Claim", [claim.Id.ToString()], claim.OrganizationId, "claimsmith export fhir --claim", cancellationToken).ConfigureAwait(false);
        Console.WriteLine(FhirJson.Serialize(fhir, pretty: true));
        if (settings.CheckProfiles)
        {
            var issues = FhirValidator.Validate(fhir);
            foreach (var issue in issues)
            {
                await Console.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
            }

            return issues.Any(i => i.IsError) ? 2 : 0;
        }

        return 0;
    }
}
