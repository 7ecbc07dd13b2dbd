using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Records;
using Claimsmith.Interop.Fhir;
using Claimsmith.Interop.Hl7;
using Claimsmith.Interop.Mllp;
using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Benchmarks.Interop;

/// <summary>
/// HL7 v2 parsing and MLLP messages per second (a 10-segment ORU^R01 with 5 results), and FHIR
/// import throughput in resources per second: reading a Synthea-shaped bundle into records, and
/// reading plus storing it in a fresh SQLite database with PHI encryption. Per-operation times
/// are per message / per resource (OperationsPerInvoke), so 1 s / mean is the rate.
/// </summary>
[MemoryDiagnoser]
public class InteropBenchmarks : IDisposable
{
    private const int Messages = 1000;
    private const int Encounters = 200;
    private static readonly int Resources = InteropSamples.BundleResources(Encounters);
    private byte[][] _messages = [];
    private byte[] _bundle = [];
    private MllpListener? _listener;
    private CancellationTokenSource? _stop;
    private Task? _run;
    private MllpClient? _client;
    private string _dir = "";
    private DatabaseSettings? _db;
    private Guid _org;

    [GlobalSetup]
    public void Setup()
    {
        _messages = [.. Enumerable.Range(0, Messages).Select(i => Encoding.UTF8.GetBytes(InteropSamples.OruLab(i)))];
        _bundle = InteropSamples.Bundle(Encounters);
        _stop = new CancellationTokenSource();
        _listener = new MllpListener(IPAddress.Loopback, 0, (bytes, _, _) =>
        {
            var read = Hl7Reader.Read(bytes.Span);
            return Task.FromResult(Hl7Ack.Build(read.Message, Hl7Ack.CodeFor(read.Message, read.Issues), read.Issues, DateTimeOffset.UnixEpoch, "ACK"));
        });
        _listener.Start();
        _run = _listener.RunAsync(_stop.Token);
        _client = MllpClient.ConnectAsync("127.0.0.1", _listener.Port, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _stop?.Cancel();
        _run?.GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public int Hl7Parse()
    {
        var n = 0;
        foreach (var m in _messages)
        {
            n += Hl7Reader.Read(m).Message!.Segments.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public int Hl7ParseAndMap()
    {
        var n = 0;
        foreach (var m in _messages)
        {
            n += Hl7RecordMapper.Map(Hl7Reader.Read(m).Message!, DateTimeOffset.UnixEpoch).Records.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public async Task<int> MllpRoundTrip()
    {
        var n = 0;
        foreach (var m in _messages)
        {
            n += (await _client!.SendAsync(m, CancellationToken.None))!.Length;
        }

        return n;
    }

    [Benchmark]
    public int FhirBundleRead_Resources() => FhirBundleReader.Read(_bundle, DateTimeOffset.UnixEpoch).Records.Count;

    [IterationSetup(Target = nameof(FhirImport_Sqlite))]
    public void FreshDatabase()
    {
        _dir = Path.Combine(Path.GetTempPath(), "claimsmith-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _db = DatabaseSettings.Sqlite(Path.Combine(_dir, "b.db")) with { Keys = KeyRing.Generate(TimeProvider.System) };
        using var db = _db.CreateContext();
        ClaimsmithDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        _org = Guid.CreateVersion7();
        db.Organizations.Add(new Organization { Id = _org, Name = "Bench", TaxId = "123456789", Npi = Npi.Parse("1234567893") });
        db.SaveChanges();
    }

    [IterationCleanup(Target = nameof(FhirImport_Sqlite))]
    public void DropDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Benchmark]
    public async Task<int> FhirImport_Sqlite()
    {
        var result = FhirBundleReader.Read(_bundle, DateTimeOffset.UnixEpoch);
        await using var db = _db!.CreateContext();
        var summary = await RecordImporter.ImportAsync(db, _org, result.Records, TimeProvider.System, CancellationToken.None);
        return summary.Created;
    }

    public void Dispose()
    {
        _client?.Dispose();
        _stop?.Dispose();
        _listener?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>Resources per bundle, for turning the bundle benchmarks' mean into resources per second.</summary>
    public static int BundleResources => Resources;
}
