using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Claimsmith.Interop.Hl7;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Interop;

/// <summary><c>claimsmith import hl7 PATH...</c>: HL7 v2 files (one or more messages each) into the database.</summary>
internal sealed class ImportHl7Command : AsyncCommand<ImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        var clock = services.GetRequiredService<TimeProvider>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        if (await InteropPipeline.ResolveOrganizationAsync(db, settings.Organization, Console.Error, cancellationToken).ConfigureAwait(false) is not { } org)
        {
            return 1;
        }

        var failed = 0;
        var total = 0;
        foreach (var file in settings.Files("*"))
        {
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"{file}: the file does not exist.").ConfigureAwait(false);
                failed++;
                continue;
            }

            foreach (var read in Hl7Reader.ReadAll(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false)))
            {
                total++;
                var (_, outcome, issues) = await InteropPipeline.ProcessHl7Async(db, org, read, file, clock, cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"{file}: {read.Message?.MessageType ?? "?"} {read.Message?.ControlId}: {outcome}");
                foreach (var issue in issues)
                {
                    Console.WriteLine("  " + issue);
                }

                failed += outcome == Claimsmith.Billing.InboundOutcome.Accepted ? 0 : 1;
            }
        }

        Console.WriteLine($"{total - failed} of {total} message(s) imported; the others are kept for review.");
        return failed == 0 ? 0 : 2;
    }
}
