using Claimsmith.Data.Audit;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Audit;

/// <summary>
/// <c>claimsmith audit verify</c>: walks the chain; prints the entry count and the head hash (to
/// keep somewhere else, so even a rewrite of the whole log can be noticed) and exits 0, or prints
/// one line per problem (<c>sequence N: altered|inserted|removed: ...</c>) and exits 1.
/// </summary>
internal sealed class AuditVerifyCommand : AsyncCommand<AuditVerifyCommand.Settings>
{
    internal sealed class Settings : CommandSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await AuditCli.OpenAsync(cancellationToken).ConfigureAwait(false);
        var result = await AuditLog.VerifyAsync(db, cancellationToken).ConfigureAwait(false);
        foreach (var p in result.Problems)
        {
            await Console.Error.WriteLineAsync($"sequence {p.Sequence}: {p.Kind.ToString().ToLowerInvariant()}: {p.Message}").ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            await Console.Error.WriteLineAsync($"Audit log NOT intact: {result.Problems.Count} problem(s) in {result.EntryCount} entries.").ConfigureAwait(false);
            return 1;
        }

        Console.WriteLine($"Audit log intact: {result.EntryCount} entries, head sequence {result.HeadSequence}, head hash {result.HeadHash}.");
        return 0;
    }
}
