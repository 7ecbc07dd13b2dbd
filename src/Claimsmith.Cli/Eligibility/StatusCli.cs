using Claimsmith.Cli.Acknowledgements;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Eligibility;

/// <summary>Registers <c>ack read</c> and <c>eligibility request|read</c>.</summary>
internal static class StatusCli
{
    public static void AddStatusCommands(this IConfigurator config)
    {
        config.AddBranch("ack", ack => ack.AddCommand<AckReadCommand>("read").WithDescription("Apply a 999 or 277CA to the claims and print what changed."));
        config.AddBranch("eligibility", e =>
        {
            e.AddCommand<EligibilityRequestCommand>("request").WithDescription("Build a 270 for a coverage and date of service.");
            e.AddCommand<EligibilityReadCommand>("read").WithDescription("Read a 271 into plain benefits.");
        });
    }
}
