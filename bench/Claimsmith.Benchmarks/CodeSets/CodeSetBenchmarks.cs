using BenchmarkDotNet.Attributes;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.Benchmarks.CodeSets;

/// <summary>
/// Snapshot load, show and search on the full ICD-10-CM + PCS + HCPCS snapshot imported from the
/// reference data (CLAIMSMITH_DATA or ../shared/data) into a temporary folder.
/// Run: dotnet run -c Release --project bench/Claimsmith.Benchmarks -- --filter '*CodeSet*' --job short
/// </summary>
[MemoryDiagnoser]
public class CodeSetBenchmarks
{
    private static readonly DateOnly Fy2026 = new(2026, 1, 15);
    private string _dir = "";
    private string _path = "";
    private CodeSetSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = ClaimsmithPaths.FindDataDirectory() ?? throw new InvalidOperationException("The code-set benchmarks need the reference data (set CLAIMSMITH_DATA).");
        _dir = Path.Combine(Path.GetTempPath(), "claimsmith-bench-" + Guid.NewGuid().ToString("N")[..8]);
        _path = Path.Combine(_dir, "codesets.snapshot");
        var result = CodeSetImporter.ImportToFile(CodeSetSources.Discover(data), _path, TimeProvider.System);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Issues));
        }

        _snapshot = CodeSetSnapshot.Load(_path);

        // Warm the per-thread search scratch space and string cache as a running host would be.
        _snapshot.Search("diabetes");
        _snapshot.Describe(CodeSystem.Icd10Cm, "E11.22", Fy2026);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark]
    public CodeSetSnapshot LoadSnapshot() => CodeSetSnapshot.Load(_path);

    [Benchmark]
    public CodeDetails? ShowE1122() => _snapshot.Describe(CodeSystem.Icd10Cm, "E11.22", Fy2026);

    [Benchmark]
    public CodeDetails? ShowS72001A() => _snapshot.Describe(CodeSystem.Icd10Cm, "S72.001A", Fy2026);

    [Benchmark]
    public CodeDetails? Show99213() => _snapshot.Describe(CodeSystem.Hcpcs, "99213", Fy2026);

    [Benchmark]
    public CodeValidity Check() => _snapshot.Check(CodeSystem.Icd10Cm, "E11.22", Fy2026);

    [Benchmark]
    public IReadOnlyList<SearchHit> SearchWords() => _snapshot.Search("diabetes kidney");

    [Benchmark]
    public IReadOnlyList<SearchHit> SearchAbbreviation() => _snapshot.Search("CHF");

    [Benchmark]
    public IReadOnlyList<SearchHit> SearchCommonWord() => _snapshot.Search("fracture");

    [Benchmark]
    public IReadOnlyList<SearchHit> SearchPartialWords() => _snapshot.Search("diab ketoac");

    [Benchmark]
    public IReadOnlyList<SearchHit> SearchCodePrefix() => _snapshot.Search("E11.2");
}
