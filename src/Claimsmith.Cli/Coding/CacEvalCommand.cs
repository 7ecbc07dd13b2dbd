using System.ComponentModel;
using System.Globalization;
using Claimsmith.Cli.CodeSets;
using Claimsmith.CodeSets;
using Claimsmith.Coding.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Coding;

/// <summary><c>claimsmith cac eval --notes DIR --gold GOLD.tsv</c>: the score_codiesp.py metrics.</summary>
internal sealed class CacEvalCommand : Command<CacEvalCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    public sealed class Settings : CacCodeCommand.Settings
    {
        [CommandOption("--gold <FILE>")]
        [Description("Gold file (docId<TAB>code); a name ending in P.tsv selects ICD-10-PCS unless --system says otherwise.")]
        public string Gold { get; init; } = "";

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Gold) || !File.Exists(Gold) ? ValidationResult.Error("--gold must name an existing file.") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var systemText = settings.System ?? (Path.GetFileName(settings.Gold).EndsWith("P.tsv", StringComparison.Ordinal) ? "icd10pcs" : "icd10cm");
        if (!CacCli.TryParseSetting(settings.Setting, out var setting) || !CacCli.TryParseSystem(systemText, out var system)
            || !CodeSetCli.TryParseDate(settings.Date, TimeProvider.System, out var date))
        {
            console.MarkupLine("[red]--setting must be inpatient or outpatient, --system icd10cm or icd10pcs, --date yyyy-MM-dd.[/]");
            return 2;
        }

        // Only the model of the system coded: CodeAll ranks that system alone.
        var engine = CacCli.LoadEngine(console, !settings.KnowledgeOnly, system);
        if (engine is null)
        {
            return 3;
        }

        Dictionary<string, IReadOnlyList<string>> gold;
        using (var reader = File.OpenText(settings.Gold))
        {
            gold = RankingMetrics.ReadCodes(reader);
        }

        var notes = NoteFolder.Read(settings.Notes);
        var results = CacCli.CodeAll(engine, notes, setting, system, date, settings.All, settings.Max, settings.Threshold, cancellationToken);
        if (settings.Out is { } outPath)
        {
            using var writer = new StreamWriter(outPath);
            foreach (var (id, _) in notes)
            {
                foreach (var s in results[id])
                {
                    writer.WriteLine($"{id}\t{s.DisplayCode.ToLowerInvariant()}\t{s.Score.ToString("F4", CultureInfo.InvariantCulture)}");
                }
            }
        }

        var predicted = results.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Select(s => s.Code)], StringComparer.Ordinal);
        var exact = RankingMetrics.Score(gold, predicted);
        var category = RankingMetrics.Score(gold, predicted, system == CodeSystem.Icd10Pcs ? 4 : 3);
        var inv = CultureInfo.InvariantCulture;
        console.WriteLine(string.Create(inv, $"documents={exact.Documents} predicted_docs={gold.Keys.Count(d => predicted.TryGetValue(d, out var p) && p.Count > 0)} system={system.ToName()} setting={setting.ToString().ToLowerInvariant()} list={(settings.All ? "all" : "threshold")} max={settings.Max}"));
        console.WriteLine(string.Create(inv, $"exact:    MAP={exact.MeanAveragePrecision:F4} P={exact.Precision:F4} R={exact.Recall:F4} F1={exact.F1:F4}"));
        console.WriteLine(string.Create(inv, $"category: MAP={category.MeanAveragePrecision:F4} P={category.Precision:F4} R={category.Recall:F4} F1={category.F1:F4}"));
        console.WriteLine(string.Create(inv, $"MAP={exact.MeanAveragePrecision:F4} F1={exact.F1:F4}"));
        return 0;
    }
}
