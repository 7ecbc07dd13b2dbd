using Spectre.Console.Cli;

namespace Claimsmith.Cli.X12;

/// <summary>Registers the <c>claimsmith x12 ...</c> commands.</summary>
internal static class X12Commands
{
    public static void Register(IConfigurator config)
    {
        config.AddBranch("x12", x12 =>
        {
            x12.SetDescription("Validate, read and acknowledge X12 5010 files (837P, 837I, 835, 999, 277CA, 271).");
            x12.AddCommand<X12ValidateCommand>("validate")
                .WithDescription("Validate files against the 5010 implementation guides; exit 0 when every file is accepted, 1 otherwise.")
                .WithExample("x12", "validate", "claims.837", "--json");
            x12.AddCommand<X12ReadCommand>("read")
                .WithDescription("Read a file into its typed model (837, 835, 999, 277, 271) and print it.")
                .WithExample("x12", "read", "era.835", "--json");
            x12.AddCommand<X12AckCommand>("ack")
                .WithDescription("Print the 999 acknowledgment for a received file.")
                .WithExample("x12", "ack", "claims.837");
        });
    }
}
