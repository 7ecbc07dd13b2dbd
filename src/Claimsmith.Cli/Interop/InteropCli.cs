using Spectre.Console.Cli;

namespace Claimsmith.Cli.Interop;

/// <summary>Registers the records-in-and-out commands: import fhir/hl7, listen hl7, export fhir.</summary>
internal static class InteropCli
{
    public static void AddInteropCommands(this IConfigurator config)
    {
        config.AddBranch("import", import =>
        {
            import.AddCommand<ImportFhirCommand>("fhir").WithDescription("Import FHIR R4 Bundles (JSON files or folders, e.g. Synthea output).");
            import.AddCommand<ImportHl7Command>("hl7").WithDescription("Import HL7 v2.5.1 messages (ADT^A04/A08, MDM^T02, ORU^R01) from files.");
        });
        config.AddBranch("listen", listen => listen.AddCommand<ListenHl7Command>("hl7").WithDescription("Receive HL7 v2 over MLLP and answer each message with an ACK; Ctrl+C stops."));
        config.AddBranch("export", export => export.AddCommand<ExportFhirCommand>("fhir").WithDescription("Write a claim as a FHIR R4 Claim resource."));
    }
}
