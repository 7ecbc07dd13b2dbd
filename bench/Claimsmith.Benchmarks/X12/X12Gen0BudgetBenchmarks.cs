using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Remittance;

namespace Claimsmith.Benchmarks.X12;

/// <summary>
/// The typed reads again, in a process whose GC gen0 budget is 64 MB (<c>DOTNET_GCgen0size=0x4000000</c>,
/// a host setting, not a library one). With the default workstation budget a gen0 collection runs
/// about every 2 MB of model (172 per 100 MB 835); with 64 MB, 5. On 2026-11-28 in a quiet period
/// that made the typed 835 read 7% faster (548.5 ms against 588.6 ms per 100 MB, default job), so
/// collection is a modest share of the read. Compare with <see cref="X12ThroughputBenchmarks"/>
/// (default budget, the headline figures). The environment variable reaches only out-of-process
/// jobs; with <c>--inProcess</c> this class measures the default.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class X12Gen0BudgetBenchmarks
{
    private string _file837 = string.Empty;
    private string _file835 = string.Empty;

    [Params(100)]
    public int FileMb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file837 = X12BenchmarkFiles.Claims837P(FileMb * 1_000_000L);
        _file835 = X12BenchmarkFiles.Remittance835(FileMb * 1_000_000L);
    }

    [Benchmark]
    public long ReadTyped835Gen0Budget64MB()
    {
        using var stream = X12ThroughputBenchmarks.Open(_file835);
        long claims = 0;
        Remittance835Reader.Stream(stream, r => claims += r.Claims.Count);
        return claims;
    }

    [Benchmark]
    public long ReadTyped837PGen0Budget64MB()
    {
        using var stream = X12ThroughputBenchmarks.Open(_file837);
        long claims = 0;
        Claim837Reader.Stream(stream, s =>
        {
            foreach (var b in s.BillingProviders)
            {
                claims += b.Subscribers.Count;
            }
        });
        return claims;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            // A mutator, so it applies on top of whatever job the command line picks (--job short).
            AddJob(Job.Default.WithEnvironmentVariable("DOTNET_GCgen0size", "0x4000000").AsMutator());
        }
    }
}
