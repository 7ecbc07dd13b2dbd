using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Cli.Keys;

/// <summary>
/// The CLI's key ring: <c>--key-file</c>, else <c>CLAIMSMITH_KEY_FILE</c>, else the key file in
/// <c>CLAIMSMITH_HOME</c> (created on first use, with a warning on standard error).
/// </summary>
internal static class CliKeys
{
    public static KeyRing Resolve(string? keyFile = null) =>
        KeyRingSource.Resolve(new KeyRingOptions { KeyFile = keyFile }, TimeProvider.System, warn: message => Console.Error.WriteLine("warning: " + message));

    public static string PathOf(string? keyFile) => KeyRingSource.KeyFilePath(new KeyRingOptions { KeyFile = keyFile })!;
}
