using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Validation;

namespace Claimsmith.Benchmarks.X12;

/// <summary>
/// Memory while streaming 100 MB and 1 GB files: allocated bytes (MemoryDiagnoser) and the
/// process's peak working set, printed at cleanup as <c>X12-PEAK-WORKING-SET</c> so the two
/// sizes can be compared (flat means the same order of magnitude, not 10x).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class X12StreamingMemoryBenchmarks
{
    private string _file835 = string.Empty;

    [Params(100, 1000)]
    public int FileMb { get; set; }

    [GlobalSetup]
    public void Setup() => _file835 = X12BenchmarkFiles.Remittance835(FileMb * 1_000_000L);

    [Benchmark]
    public long Tokenize835() => X12ThroughputBenchmarks.Tokenize(_file835);

    [Benchmark]
    public long ReadTyped835()
    {
        using var stream = X12ThroughputBenchmarks.Open(_file835);
        long claims = 0;
        Remittance835Reader.Stream(stream, r => claims += r.Claims.Count);
        return claims;
    }

    [Benchmark]
    public int Validate835()
    {
        using var stream = X12ThroughputBenchmarks.Open(_file835);
        return X12Validator.Validate(stream).Issues.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var p = Process.GetCurrentProcess();
        Console.WriteLine($"X12-PEAK-WORKING-SET file={FileMb}MB peak={p.PeakWorkingSet64 / 1_048_576}MiB gcHeap={GC.GetTotalMemory(false) / 1_048_576}MiB");
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn());
    }
}
