using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Snapshot;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.CodeSets;

/// <summary>Registration and shared helpers of the <c>codes</c> and <c>fees</c> commands.</summary>
internal static class CodeSetCli
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void AddCodeSetCommands(this IConfigurator config)
    {
        config.AddBranch("codes", codes =>
        {
            codes.SetDescription("Import, show and search the code sets (ICD-10-CM, ICD-10-PCS, HCPCS/CPT, modifiers, POS, CARC/RARC).");
            codes.AddCommand<CodesImportCommand>("import").WithDescription("Import the official files into the snapshot in CLAIMSMITH_HOME.");
            codes.AddCommand<CodesShowCommand>("show").WithDescription("Show a code for a date of service.");
            codes.AddCommand<CodesSearchCommand>("search").WithDescription("Ranked search by words, abbreviations, codes and code prefixes.");
            codes.AddCommand<CodesStatsCommand>("stats").WithDescription("Counts per code system and edition.");
        });
        config.AddBranch("fees", fees =>
        {
            fees.SetDescription("Medicare Physician Fee Schedule.");
            fees.AddCommand<FeesPriceCommand>("price").WithDescription("Price a code in a locality (facility or non-facility).");
        });
    }

    /// <summary>Loads the snapshot, or writes why not and returns null.</summary>
    public static CodeSetSnapshot? LoadSnapshot(IAnsiConsole console)
    {
        var path = SnapshotStore.DefaultPath;
        try
        {
            var snapshot = SnapshotStore.TryLoad(path);
            if (snapshot is null)
            {
                console.MarkupLineInterpolated($"[red]No code-set snapshot at {path}.[/] Run [bold]claimsmith codes import[/] first.");
            }

            return snapshot;
        }
        catch (InvalidDataException ex)
        {
            console.MarkupLineInterpolated($"[red]The snapshot at {path} cannot be read: {ex.Message}.[/] Run [bold]claimsmith codes import[/] again.");
            return null;
        }
    }

    public static bool TryParseDate(string? text, TimeProvider time, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            return true;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static void WriteJson<T>(IAnsiConsole console, T value) =>
        console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(value, Json));

    public static bool TryParseSystem(string? text, out CodeSystem? system)
    {
        system = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (CodeSystemNames.TryParse(text, out var s))
        {
            system = s;
            return true;
        }

        return false;
    }
}
