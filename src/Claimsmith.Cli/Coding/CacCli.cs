using Claimsmith.Cli.CodeSets;
using Claimsmith.CodeSets;
using Claimsmith.Coding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Coding;

/// <summary>Registration and shared helpers of the <c>cac</c> (computer-assisted coding) commands.</summary>
internal static class CacCli
{
    public static void AddCodingCommands(this IConfigurator config)
    {
        config.AddBranch("cac", cac =>
        {
            cac.SetDescription("Computer-assisted coding: suggest codes for clinical notes, evaluate, train.");
            cac.AddCommand<CacCodeCommand>("code").WithDescription("Code every *.txt note in a folder; write docId<TAB>code<TAB>score, best first.");
            cac.AddCommand<CacEvalCommand>("eval").WithDescription("Code a folder of notes and print MAP, precision, recall and F1 against a gold file.");
            cac.AddCommand<CacTrainCommand>("train").WithDescription("Learn ranking models from the CodiEsp train (and dev) splits into CLAIMSMITH_HOME/cac.");
            cac.AddCommand<CacEmCommand>("em").WithDescription("E/M level of an office visit from total time or medical decision making (2021 rules).");
        });
    }

    public static bool TryParseSetting(string? text, out CareSetting setting)
    {
        setting = CareSetting.Inpatient;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "inpatient":
                return true;
            case "outpatient":
                setting = CareSetting.Outpatient;
                return true;
            default:
                return false;
        }
    }

    public static bool TryParseSystem(string? text, out CodeSystem system)
    {
        system = CodeSystem.Icd10Cm;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        return CodeSystemNames.TryParse(text, out system) && system is CodeSystem.Icd10Cm or CodeSystem.Icd10Pcs;
    }

    /// <summary>
    /// Loads snapshot and (unless disabled) models, only <paramref name="system"/>'s when given;
    /// null when the snapshot is missing.
    /// </summary>
    public static CodingEngine? LoadEngine(IAnsiConsole console, bool useModels, CodeSystem? system = null)
    {
        var snapshot = CodeSetCli.LoadSnapshot(console);
        if (snapshot is null)
        {
            return null;
        }

        CodingModels? models = null;
        if (useModels)
        {
            models = CodingModels.Load(CodingModels.DefaultDirectory, system, out var issues);
            foreach (var issue in issues)
            {
                console.MarkupLineInterpolated($"[yellow]{issue.Code}[/] {issue.Message}");
            }
        }

        console.Profile.Out.Writer.Flush();
        Console.Error.WriteLine(models is null
            ? "No learned models found; coding from the code-set knowledge only."
            : $"Using learned models from {CodingModels.DefaultDirectory}.");
        return new CodingEngine(snapshot, models);
    }

    /// <summary>Codes every note in parallel; returns doc id to ranked (code, score).</summary>
    public static Dictionary<string, IReadOnlyList<CodeSuggestion>> CodeAll(
        CodingEngine engine,
        IReadOnlyList<(string Id, string Text)> notes,
        CareSetting setting,
        CodeSystem system,
        DateOnly date,
        bool all,
        int max,
        double? threshold,
        CancellationToken cancellationToken)
    {
        var results = new IReadOnlyList<CodeSuggestion>[notes.Count];
        // One worker per processor: without a cap the thread pool keeps injecting threads into the
        // long-running loop (starvation detection), and on one core a dozen threads time-slice,
        // evict each other's scratch arrays from cache and wait on locks held by preempted threads.
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, notes.Count, options, i =>
        {
            var request = new CodingRequest(notes[i].Text, system == CodeSystem.Icd10Pcs ? CareSetting.Inpatient : setting, date)
            {
                ApplyThreshold = !all,
                MaxSuggestions = max,
                Threshold = threshold,
                IncludeProcedures = system == CodeSystem.Icd10Pcs,
            };
            var result = engine.Suggest(request);
            results[i] = system == CodeSystem.Icd10Pcs ? result.Procedures : result.Diagnoses;
        });
        return notes.Select((n, i) => (n.Id, results[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);
    }
}
