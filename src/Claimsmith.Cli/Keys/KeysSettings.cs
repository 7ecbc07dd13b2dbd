using System.ComponentModel;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Keys;

/// <summary>Options shared by the <c>keys</c> commands.</summary>
internal class KeysSettings : CommandSettings
{
    [CommandOption("--key-file <PATH>")]
    [Description("The key file (default: CLAIMSMITH_KEY_FILE, else CLAIMSMITH_HOME/keys/claimsmith-keys.json).")]
    public string? KeyFile { get; init; }
}
