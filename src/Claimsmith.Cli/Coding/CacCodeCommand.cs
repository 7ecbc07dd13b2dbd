using System.ComponentModel;
using System.Globalization;
using Claimsmith.Cli.CodeSets;
using Claimsmith.CodeSets;
using Claimsmith.Coding.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Claimsmith.Cli.Coding;

/// <summary><c>claimsmith cac code --notes DIR --out PRED.tsv [--setting] [--system] [--all] [--max N]</c>.</summary>
internal sealed class CacCodeCommand : Command<CacCodeCommand.Settings>
{
    private static IAnsiConsole console => AnsiConsole.Console;

    public class Settings : CommandSettings
    {
        [CommandOption("--notes <DIR>")]
        [Description("Folder of *.txt notes (document id = file name without .txt).")]
        public string Notes { get; init; } = "";

        [CommandOption("--out <FILE>")]
        [Description("Prediction file to write (docId, code, score; best first per document).")]
        public string? Out { get; init; }

        [CommandOption("--setting <SETTING>")]
        [Description("inpatient (default) or outpatient.")]
        public string? Setting { get; init; }

        [CommandOption("--system <SYSTEM>")]
        [Description("icd10cm (default) or icd10pcs.")]
        public string? System { get; init; }

        [CommandOption("--all")]
        [Description("Write every ranked candidate up to --max instead of cutting at the learned threshold.")]
        public bool All { get; init; }

        [CommandOption("--max <N>")]
        [Description("Most codes per note (default 30).")]
        public int Max { get; init; } = 30;

        [CommandOption("--date <DATE>")]
        [Description("Date of service, yyyy-MM-dd (default today).")]
        public string? Date { get; init; }

        [CommandOption("--threshold <P>")]
        [Description("Keep suggestions scoring at least P instead of the learned threshold.")]
        public double? Threshold { get; init; }

        [CommandOption("--knowledge-only")]
        [Description("Ignore learned models even when present.")]
        public bool KnowledgeOnly { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Notes) ? ValidationResult.Error("--notes is required.")
            : !Directory.Exists(Notes) ? ValidationResult.Error($"No folder {Notes}.")
            : Max < 1 ? ValidationResult.Error("--max must be at least 1.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!CacCli.TryParseSetting(settings.Setting, out var setting) || !CacCli.TryParseSystem(settings.System, out var system)
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

        var notes = NoteFolder.Read(settings.Notes);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (gen0Before, gen1Before) = (GC.CollectionCount(0), GC.CollectionCount(1));
        var results = CacCli.CodeAll(engine, notes, setting, system, date, settings.All, settings.Max, settings.Threshold, cancellationToken);
        using var writer = settings.Out is null ? Console.Out : new StreamWriter(settings.Out);
        foreach (var (id, _) in notes)
        {
            foreach (var s in results[id])
            {
                writer.WriteLine($"{id}\t{s.DisplayCode.ToLowerInvariant()}\t{s.Score.ToString("F4", CultureInfo.InvariantCulture)}");
            }
        }

        // CPU time as well as wall time: on a busy machine notes per CPU-second is the steadier figure.
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        // Allocation per note is exact whatever the machine is doing; GC time follows it.
        var allocatedKb = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / Math.Max(notes.Count, 1);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Coded {notes.Count} notes ({system.ToName()}, {setting.ToString().ToLowerInvariant()}) in {seconds:F2} s ({notes.Count / Math.Max(seconds, 1e-9):F0} notes/s) using {cpu:F2} CPU-s ({notes.Count / Math.Max(cpu, 1e-9):F0} notes per CPU-second) on {Environment.ProcessorCount} processor(s); {allocatedKb:F0} KB allocated per note, {GC.CollectionCount(0) - gen0Before} gen0 and {GC.CollectionCount(1) - gen1Before} gen1 collections."));
        return 0;
    }
}
