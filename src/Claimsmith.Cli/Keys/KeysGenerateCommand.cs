using Claimsmith.Privacy.Encryption;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Keys;

/// <summary><c>claimsmith keys generate [--key-file PATH]</c>: writes a new key file (owner-only); never overwrites one.</summary>
internal sealed class KeysGenerateCommand : Command<KeysSettings>
{
    public override int Execute(CommandContext context, KeysSettings settings, CancellationToken cancellationToken)
    {
        var path = CliKeys.PathOf(settings.KeyFile);
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path} already exists; a new ring would make the data encrypted with it unreadable. Use `claimsmith keys rotate` to add a key.");
            return 1;
        }

        var ring = KeyRingFile.LoadOrCreate(path, TimeProvider.System, out _);
        AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{path}[/] (owner-only): active key {ring.Active.Id}, index key {ring.IndexKey.Id}.");
        AnsiConsole.WriteLine("Back it up apart from the database: without it the encrypted patient data cannot be read.");
        return 0;
    }
}
