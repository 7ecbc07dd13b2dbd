using BenchmarkDotNet.Attributes;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.Coding;

namespace Claimsmith.Benchmarks.Coding;

/// <summary>
/// Codes the CodiEsp background notes (2,751 English notes of ~400 words) on one thread,
/// 250 per invocation; Mean is per note. Uses the snapshot in CLAIMSMITH_HOME when
/// present (else imports the reference data into a temporary folder) and, for Learned=true,
/// the models from 'claimsmith cac train' in CLAIMSMITH_HOME/cac.
/// Run: dotnet run -c Release --project bench/Claimsmith.Benchmarks -- --filter '*CodingBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class CodingBenchmarks
{
    private static readonly DateOnly Date = new(2026, 1, 15);
    private string? _tempDir;
    private CodingEngine _engine = null!;
    private string[] _notes = [];

    [Params(false, true)]
    public bool Learned { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = ClaimsmithPaths.FindDataDirectory() ?? throw new InvalidOperationException("The coding benchmarks need the reference data (set CLAIMSMITH_DATA).");
        var background = Path.Combine(data, "eval", "codiesp", "background", "text_files_en");
        _notes = [.. Directory.EnumerateFiles(background, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

        var snapshot = SnapshotStore.TryLoad(SnapshotStore.DefaultPath);
        if (snapshot is null)
        {
            _tempDir = Path.Combine(Path.GetTempPath(), "claimsmith-bench-cac-" + Guid.NewGuid().ToString("N")[..8]);
            var path = Path.Combine(_tempDir, "codesets.snapshot");
            var result = CodeSetImporter.ImportToFile(CodeSetSources.Discover(data), path, TimeProvider.System);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Issues));
            }

            snapshot = CodeSetSnapshot.Load(path);
        }

        CodingModels? models = null;
        if (Learned)
        {
            models = CodingModels.Load(CodingModels.DefaultDirectory, out _)
                ?? throw new InvalidOperationException($"No models in {CodingModels.DefaultDirectory}: run 'claimsmith cac train' first.");
        }

        _engine = new CodingEngine(snapshot, models);
        _engine.Suggest(new CodingRequest(_notes[0], CareSetting.Inpatient, Date));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_tempDir is not null)
        {
            Directory.Delete(_tempDir, recursive: true);
        }
    }

    private const int Batch = 250;
    private int _next;

    /// <summary>
    /// The next 250 background notes (cycling through all 2,751), one thread, diagnoses and
    /// procedures (inpatient). Mean is per note: notes per second = 1 s / Mean.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int CodeBackgroundNote()
    {
        var n = 0;
        for (var i = 0; i < Batch; i++)
        {
            var note = _notes[_next];
            _next = (_next + 1) % _notes.Length;
            n += _engine.Suggest(new CodingRequest(note, CareSetting.Inpatient, Date)).Diagnoses.Count;
        }

        return n;
    }
}
