using System.ComponentModel;
using Claimsmith.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Billing;

/// <summary><c>claimsmith demo seed [--claims N] [--seed S]</c>: synthetic practices, patients, encounters and claims.</summary>
internal sealed class DemoSeedCommand : AsyncCommand<DemoSeedCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--claims <N>")]
        [Description("How many claims to create (default 200), spread over 7 organisations.")]
        [DefaultValue(200)]
        public int Claims { get; init; } = 200;

        [CommandOption("--seed <S>")]
        [Description("Random seed; the same seed gives the same data, and re-running it completes an interrupted seed.")]
        [DefaultValue(2026)]
        public int Seed { get; init; } = 2026;

        public override ValidationResult Validate() =>
            Claims is < 0 or > 1_000_000 ? ValidationResult.Error("--claims must be 0 to 1,000,000.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = await CliDatabase.OpenAsync(cancellationToken).ConfigureAwait(false);
        var db = DatabaseSettings.Resolve();
        var seeder = new DemoSeeder(db.CreateContext, TimeProvider.System);
        seeder.BatchCommitted += batch => AnsiConsole.MarkupLineInterpolated($"[grey]batch {batch} committed[/]");
        var report = await seeder.SeedAsync(settings.Claims, settings.Seed, cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLineInterpolated(
            $"Seeded {report.BatchesWritten} batches ({report.BatchesSkipped} already present): {report.Patients} patients, {report.Encounters} encounters, {report.Claims} claims into {(db.Provider == DatabaseProvider.Sqlite ? db.ConnectionString : "PostgreSQL")}; {report.RemittedClaims} claims adjudicated by {report.Remittances} posted 835 files, {report.Appeals} appeals opened.");
        return 0;
    }
}
