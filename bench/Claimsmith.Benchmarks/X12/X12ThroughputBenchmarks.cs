using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Claimsmith.X12.Claims;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Validation;

namespace Claimsmith.Benchmarks.X12;

/// <summary>
/// Throughput on generated files of at least <see cref="FileMb"/> MB: tokenizing, reading into
/// typed models (streamed, one transaction set at a time) and full guide validation. Files are
/// read from disk through <see cref="X12SegmentReader"/>'s pooled window, as production does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class X12ThroughputBenchmarks
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
    public long Tokenize837P() => Tokenize(_file837);

    [Benchmark]
    public long Tokenize835() => Tokenize(_file835);

    [Benchmark]
    public long ReadTyped835()
    {
        using var stream = Open(_file835);
        long claims = 0;
        Remittance835Reader.Stream(stream, r => claims += r.Claims.Count);
        return claims;
    }

    /// <summary>
    /// <see cref="ReadTyped835"/> plus a consumer that reads every list of every claim and line
    /// (the model builds some lists only when asked, so this shows the cost a full consumer sees).
    /// </summary>
    [Benchmark]
    public long ReadTyped835AndVisit()
    {
        using var stream = Open(_file835);
        long items = 0;
        Remittance835Reader.Stream(stream, r =>
        {
            foreach (var c in r.Claims)
            {
                items += c.Adjustments.Count + c.Names.Count + c.Dates.Count + c.References.Count + c.Amounts.Count + c.Quantities.Count + c.Contacts.Count;
                foreach (var l in c.ServiceLines)
                {
                    items += l.Adjustments.Count + l.Dates.Count + l.References.Count + l.Amounts.Count + l.Quantities.Count + l.Remarks.Count;
                }
            }
        });
        return items;
    }

    [Benchmark]
    public long ReadTyped837P()
    {
        using var stream = Open(_file837);
        long claims = 0;
        Claim837Reader.Stream(stream, s => claims += s.BillingProviders.Sum(b => b.Subscribers.Count));
        return claims;
    }

    [Benchmark]
    public int Validate837P()
    {
        using var stream = Open(_file837);
        return X12Validator.Validate(stream).Issues.Count;
    }

    [Benchmark]
    public int Validate835()
    {
        using var stream = Open(_file835);
        return X12Validator.Validate(stream).Issues.Count;
    }

    internal static long Tokenize(string path)
    {
        using var stream = Open(path);
        using var reader = X12SegmentReader.Create(stream, windowSize: 256 * 1024);
        long n = 0;
        while (reader.Read())
        {
            n += reader.Current.Span.Length;
        }

        return n;
    }

    internal static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn());
    }
}
