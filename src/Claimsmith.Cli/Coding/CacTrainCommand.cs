using System.ComponentModel;
using System.Globalization;
using Claimsmith.CodeSets;
using Claimsmith.Coding;
using Claimsmith.Coding.Evaluation;
using Claimsmith.Coding.Learning;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Coding;

/// <summary><c>claimsmith cac train [--splits train|train,dev]</c>: learned artefacts into CLAIMSMITH_HOME/cac.</summary>
internal sealed class CacTrainCommand : Command<CacTrainCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--splits <SPLITS>")]
        [Description("Comma-separated CodiEsp splits to learn from: train (default) or train,dev.")]
        public string Splits { get; init; } = "train";

        [CommandOption("--data <DIR>")]
        [Description("Folder holding eval/codiesp (default CLAIMSMITH_DATA, else ../shared/data).")]
        public string? Data { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Where to write the models (default CLAIMSMITH_HOME/cac).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var splits = settings.Splits.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (splits.Length == 0 || splits.Any(s => s is not ("train" or "dev")))
        {
            // The held-out test split is never used for learning.
            console.MarkupLine("[red]--splits accepts train and dev only.[/]");
            return 2;
        }

        var data = settings.Data ?? ClaimsmithPaths.FindDataDirectory();
        if (data is null)
        {
            console.MarkupLine("[red]No data folder: set CLAIMSMITH_DATA or pass --data.[/]");
            return 3;
        }

        var notes = new List<TrainingNote>();
        foreach (var split in splits)
        {
            var dir = Path.Combine(data, "eval", "codiesp", split);
            if (!Directory.Exists(Path.Combine(dir, "text_files_en")))
            {
                console.MarkupLineInterpolated($"[red]No CodiEsp {split} split at {dir}.[/]");
                return 3;
            }

            notes.AddRange(NoteFolder.ReadCodiEspSplit(dir));
        }

        var engine = CacCli.LoadEngine(console, useModels: false);
        if (engine is null)
        {
            return 3;
        }

        var progress = new Progress<string>(m => Console.Error.WriteLine(m));
        var (models, report) = CodingTrainer.Train(engine, notes, progress: progress, cancellationToken: cancellationToken);
        var outDir = settings.Out ?? CodingModels.DefaultDirectory;
        models.Save(outDir);
        var inv = CultureInfo.InvariantCulture;
        console.WriteLine(string.Create(inv, $"Trained on {report.Notes} notes ({string.Join(",", splits)}); models in {outDir}."));
        console.WriteLine(string.Create(inv, $"icd10cm:  {report.DiagnosisRows} rows, candidate recall {report.DiagnosisCandidateRecall:P1}, threshold {report.DiagnosisThreshold:F3}, out-of-fold MAP {report.DiagnosisHeldOutMap:F3} F1 {report.DiagnosisHeldOutF1:F3}"));
        console.WriteLine(string.Create(inv, $"icd10pcs: {report.ProcedureRows} rows, candidate recall {report.ProcedureCandidateRecall:P1}, threshold {report.ProcedureThreshold:F3}, out-of-fold MAP {report.ProcedureHeldOutMap:F3} F1 {report.ProcedureHeldOutF1:F3}"));
        return 0;
    }
}
