using Claimsmith.Data;
using Claimsmith.Data.Privacy;
using Claimsmith.Privacy.Encryption;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Keys;

/// <summary>
/// <c>claimsmith keys retire</c>: removes every key but the active one from the key file, and
/// only when no row of the database still needs them.
/// </summary>
internal sealed class KeysRetireCommand : AsyncCommand<KeysSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, KeysSettings settings, CancellationToken cancellationToken)
    {
        var path = CliKeys.PathOf(settings.KeyFile);
        var ring = KeyRingFile.Load(path);
        var db = DatabaseSettings.Resolve() with { Keys = ring };
        var pending = await PhiReencryption.CountPendingAsync(db, cancellationToken).ConfigureAwait(false);
        if (pending.Values.Sum() > 0)
        {
            await Console.Error.WriteLineAsync($"{pending.Values.Sum()} rows are not yet under the active key ({string.Join(", ", pending.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value}"))}); run `claimsmith keys reencrypt` first.").ConfigureAwait(false);
            return 1;
        }

        var retired = ring.Keys.Count - 1;
        KeyRingFile.Save(path, ring.WithoutRetiredKeys());
        AnsiConsole.MarkupLineInterpolated($"Removed {retired} retired keys from {path}; active key {ring.Active.Id}. Old backups of the database need the old key file.");
        return 0;
    }
}
