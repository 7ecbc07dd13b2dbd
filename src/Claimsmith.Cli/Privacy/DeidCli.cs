using Spectre.Console.Cli;

namespace Claimsmith.Cli.Privacy;

/// <summary>Registers <c>claimsmith deid ...</c>.</summary>
internal static class DeidCli
{
    public static void AddDeidCommands(this IConfigurator config) =>
        config.AddBranch("deid", deid =>
        {
            deid.SetDescription("De-identified exports (HIPAA Safe Harbor).");
            deid.AddCommand<DeidExportCommand>("export").WithDescription("Write de-identified patients and encounters as JSON lines, with a report.");
        });
}
