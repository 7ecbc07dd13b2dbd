using System.ComponentModel;
using System.Security.Cryptography;
using Claimsmith.Data;
using Claimsmith.Data.Privacy;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Keys;

/// <summary>
/// <c>claimsmith keys reencrypt [--batch-size N]</c>: rewrites every encrypted value (and any
/// value stored before encryption) under the active key, in batches; safe to stop and run again.
/// </summary>
internal sealed class KeysReencryptCommand : AsyncCommand<KeysReencryptCommand.Settings>
{
    internal sealed class Settings : KeysSettings
    {
        [CommandOption("--batch-size <N>")]
        [Description("Rows per transaction (default 500).")]
        public int BatchSize { get; init; } = 500;

        public override ValidationResult Validate() =>
            BatchSize is < 1 or > 100_000 ? ValidationResult.Error("--batch-size must be 1 to 100000.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var db = DatabaseSettings.Resolve() with { Keys = CliKeys.Resolve(settings.KeyFile) };
        await using (var migrate = db.CreateContext())
        {
            await ClaimsmithDatabase.MigrateAsync(migrate, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var progress = new ConsoleProgress();
            var result = await PhiReencryption.RunAsync(db, settings.BatchSize, progress, cancellationToken).ConfigureAwait(false);
            var pending = await PhiReencryption.CountPendingAsync(db, cancellationToken).ConfigureAwait(false);
            foreach (var (entity, rows) in result.RowsByEntity)
            {
                AnsiConsole.MarkupLineInterpolated($"{entity}: {rows} rows re-encrypted, {pending[entity]} left");
            }

            AnsiConsole.MarkupLineInterpolated($"Active key {db.Keys!.Active.Id}: {result.TotalRows} rows in {result.Batches} batches.");
            return pending.Values.Sum() == 0 ? 0 : 1;
        }
        catch (CryptographicException ex)
        {
            // A value the ring cannot open is left as it is: nothing is written that was not read.
            await Console.Error.WriteLineAsync(ex.Message + " Add the missing key to the key file and run again.").ConfigureAwait(false);
            return 1;
        }
    }

    private sealed class ConsoleProgress : IProgress<ReencryptionProgress>
    {
        public void Report(ReencryptionProgress value) => Console.Error.WriteLine($"  {value.Entity}: {value.Rows}");
    }
}
