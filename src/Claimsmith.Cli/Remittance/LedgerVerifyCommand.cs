using Claimsmith.Cli.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Remittance;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Remittance;

/// <summary><c>claimsmith ledger verify</c>: every invariant of <see cref="LedgerVerifier"/>; exit 1 when anything is wrong.</summary>
internal sealed class LedgerVerifyCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var db = DatabaseSettings.Resolve().CreateContext();
        var problems = await LedgerVerifier.VerifyAsync(db, cancellationToken).ConfigureAwait(false);
        foreach (var p in problems)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{p.Code}[/] {p.Message}");
        }

        AnsiConsole.MarkupLineInterpolated($"{(problems.Count == 0 ? "The ledger is consistent." : $"{problems.Count} problem(s).")}");
        return problems.Count == 0 ? 0 : 1;
    }
}
