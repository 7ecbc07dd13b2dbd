using System.ComponentModel;
using Claimsmith.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Acknowledgements;

/// <summary>
/// <c>claimsmith ack read FILE</c>: applies a 999 or 277CA to the database (accepted and rejected
/// claims move status, with the codes explained) and prints what changed. The same file read
/// twice changes nothing the second time.
/// </summary>
internal sealed class AckReadCommand : AsyncCommand<AckReadCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A 999 or 277CA file.")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No such file:[/] {settings.File}");
            return 2;
        }

        var content = await System.IO.File.ReadAllBytesAsync(settings.File, cancellationToken).ConfigureAwait(false);
        await using var services = await Billing.CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var actor = Environment.UserName is { Length: > 0 } user ? "cli:" + user : "cli";
        var result = await AcknowledgementIntake.ApplyAsync(db, content, actor, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        foreach (var issue in result.Issues)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{issue.Code}[/] at {issue.Location}: {issue.Message}");
        }

        if (result.File is null)
        {
            return 1;
        }

        var claimIds = result.File.Results.Where(r => r.ClaimId is not null).Select(r => r.ClaimId!.Value.ToString()).Distinct().ToList();
        await Audit.CliAudit.RecordAsync(db, "acknowledgement.apply", "Claim", claimIds, null, $"claimsmith ack read {Path.GetFileName(settings.File)}", cancellationToken).ConfigureAwait(false);
        Console.WriteLine(result.AlreadyReceived
            ? $"{result.File.Kind} already received on {result.File.ReceivedAt:yyyy-MM-dd HH:mm}: nothing changed."
            : $"{result.File.Kind}: {result.File.Results.Count} result(s), {result.Changes.Count()} claim(s) changed.");
        foreach (var r in result.File.Results)
        {
            var change = result.AlreadyReceived ? "no change (already received)" : r.Outcome;
            Console.WriteLine($"{r.Reference}\t{r.Verdict}\t{change}\t{r.Codes}\t{r.Explanation}");
        }

        return 0;
    }
}
