using Claimsmith.Privacy.Encryption;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Keys;

/// <summary>
/// <c>claimsmith keys rotate</c>: adds a new active key to the key file; the older keys stay for
/// reading until <c>keys reencrypt</c> has moved every value and <c>keys retire</c> removes them.
/// </summary>
internal sealed class KeysRotateCommand : Command<KeysSettings>
{
    public override int Execute(CommandContext context, KeysSettings settings, CancellationToken cancellationToken)
    {
        var path = CliKeys.PathOf(settings.KeyFile);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path} does not exist (create it with `claimsmith keys generate`).");
            return 1;
        }

        var before = KeyRingFile.Load(path);
        var after = before.Rotate(TimeProvider.System);
        KeyRingFile.Save(path, after);
        AnsiConsole.MarkupLineInterpolated($"Active key is now [bold]{after.Active.Id}[/] (was {before.Active.Id}); {after.Keys.Count} keys in {path}.");
        AnsiConsole.WriteLine("Give every web node this key file and restart them, then run `claimsmith keys reencrypt`.");
        return 0;
    }
}
