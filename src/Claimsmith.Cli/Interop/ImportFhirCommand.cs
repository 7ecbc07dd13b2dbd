using Claimsmith.Billing;
using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Records;
using Claimsmith.Interop.Fhir;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Interop;

/// <summary><c>claimsmith import fhir PATH...</c>: FHIR R4 Bundles (JSON; Synthea output folders work) into the database.</summary>
internal sealed class ImportFhirCommand : AsyncCommand<ImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        var clock = services.GetRequiredService<TimeProvider>();
        Guid org;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            if (await InteropPipeline.ResolveOrganizationAsync(db, settings.Organization, Console.Error, cancellationToken).ConfigureAwait(false) is not { } found)
            {
                return 1;
            }

            org = found;
        }

        var failed = 0;
        foreach (var file in settings.Files("*.json"))
        {
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"{file}: the file does not exist.").ConfigureAwait(false);
                failed++;
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            var result = FhirBundleReader.Read(bytes, clock.GetUtcNow());
            // A context per bundle: a Synthea folder holds thousands, and the tracker must not grow with them.
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var summary = await RecordImporter.ImportAsync(db, org, result.Records, clock, cancellationToken).ConfigureAwait(false);
            db.InboundMessages.Add(new InboundMessage
            {
                OrganizationId = org,
                Format = InboundFormat.FhirBundle,
                MessageType = "Bundle",
                ControlId = result.BundleId,
                Outcome = result.IsValid ? InboundOutcome.Accepted : InboundOutcome.Error,
                Error = result.IsValid ? null : string.Join("\n", result.Issues.Where(i => i.IsError)),
                Content = System.Text.Encoding.UTF8.GetString(bytes),
                ReceivedAt = clock.GetUtcNow(),
                Origin = file,
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await Audit.CliAudit.RecordAsync(db, "fhir.import", "Patient", [.. summary.PatientIds.Select(i => i.ToString())], org, $"claimsmith import fhir {file}", cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{file}: {result.ResourceCount} resources, {summary.Created} created, {summary.Matched} matched");
            foreach (var issue in result.Issues)
            {
                Console.WriteLine("  " + issue);
            }

            failed += result.IsValid ? 0 : 1;
        }

        return failed == 0 ? 0 : 2;
    }
}
