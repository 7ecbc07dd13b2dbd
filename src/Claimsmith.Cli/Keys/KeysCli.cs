using Spectre.Console.Cli;

namespace Claimsmith.Cli.Keys;

/// <summary>Registers <c>claimsmith keys ...</c>.</summary>
internal static class KeysCli
{
    public static void AddKeysCommands(this IConfigurator config) =>
        config.AddBranch("keys", keys =>
        {
            keys.SetDescription("Encryption keys of the patient data: generate, rotate, re-encrypt, retire.");
            keys.AddCommand<KeysGenerateCommand>("generate").WithDescription("Write a new key file (owner-only).");
            keys.AddCommand<KeysRotateCommand>("rotate").WithDescription("Add a new active key; older keys stay for reading.");
            keys.AddCommand<KeysReencryptCommand>("reencrypt").WithDescription("Re-encrypt every row under the active key, in resumable batches.");
            keys.AddCommand<KeysRetireCommand>("retire").WithDescription("Remove the old keys once no row needs them.");
        });
}
