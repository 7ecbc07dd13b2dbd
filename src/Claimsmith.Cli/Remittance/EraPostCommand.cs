using System.ComponentModel;
using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Remittance;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Remittance;

/// <summary>
/// <c>claimsmith era post FILE.835</c>: posts the file; run again after an interruption and it
/// resumes (payer + trace number are posted once). Exit 0 when everything posted, 1 when anything
/// waits in the exceptions queue or was rejected.
/// </summary>
internal sealed class EraPostCommand : AsyncCommand<EraPostCommand.Settings>
{
    /// <summary>Test hook: after this many claim payments are committed, pause (so a test can kill the process mid-file).</summary>
    public const string PauseVariable = "CLAIMSMITH_ERA_PAUSE_AFTER";

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The 835 file.")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No file {settings.File}.[/]");
            return 2;
        }

        var bytes = await File.ReadAllBytesAsync(settings.File, cancellationToken).ConfigureAwait(false);
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var actor = "os:" + Environment.UserName;
        var service = new RemittancePostingService(db, TimeProvider.System);
        if (int.TryParse(Environment.GetEnvironmentVariable(PauseVariable), out var pauseAfter) && pauseAfter > 0)
        {
            service.ClaimCommitted = n =>
            {
                if (n == pauseAfter)
                {
                    Console.Out.WriteLine($"paused after {n} claims");
                    Console.Out.Flush();
                    Thread.Sleep(Timeout.Infinite);
                }
            };
        }

        var result = await service.PostFileAsync(bytes, actor, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var issue in result.ReadIssues)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{issue}[/]");
        }

        var claimIds = new List<string>();
        foreach (var r in result.Remittances)
        {
            var posted = r.Claims.Count(c => c.Outcome == ClaimOutcome.Posted);
            var exceptions = r.Claims.Where(c => c.Outcome == ClaimOutcome.Exception).ToList();
            if (r.Rejected is not null)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Payment {r.TraceNumber} from {r.PayerKey} was not posted: {r.Rejected}[/]");
                continue;
            }

            AnsiConsole.MarkupLineInterpolated($"Payment {r.TraceNumber} from {r.PayerKey} ({r.PaymentAmount:0.00}): {posted} claim(s) posted{(r.AlreadyPosted ? " (resumed or already posted)" : "")}, {r.Claims.Count(c => c.Outcome == ClaimOutcome.AlreadyPosted)} already posted, {exceptions.Count} in the exceptions queue.");
            foreach (var e in exceptions)
            {
                AnsiConsole.MarkupLineInterpolated($"  [yellow]{e.ClaimNumber}: {e.ExceptionCode} {e.Message}[/]");
            }

            claimIds.AddRange(r.Claims.Select(c => c.ClaimNumber));
        }

        if (claimIds.Count > 0)
        {
            await Audit.CliAudit.RecordAsync(db, "remittance.post", "Claim", [.. claimIds.Distinct().Take(500)], null, $"claimsmith era post {Path.GetFileName(settings.File)} ({result.FileSha256[..12]})", cancellationToken).ConfigureAwait(false);
        }

        return result.HasExceptions ? 1 : 0;
    }
}
