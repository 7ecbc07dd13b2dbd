using Spectre.Console.Cli;

namespace Claimsmith.Cli.Edits;

/// <summary>Registration of the <c>edits</c> commands.</summary>
internal static class EditsCli
{
    public static void AddEditsCommands(this IConfigurator config)
    {
        config.AddBranch("edits", edits =>
        {
            edits.SetDescription("The claim scrubber: coding, NCCI, fee-schedule, completeness and payer edits.");
            edits.AddCommand<EditsCheckCommand>("check").WithDescription("Scrub every claim in 837P/837I files; exit status 1 when any error is found.");
        });
    }
}
