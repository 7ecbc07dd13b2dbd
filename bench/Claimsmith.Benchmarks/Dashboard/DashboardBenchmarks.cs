using BenchmarkDotNet.Attributes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Benchmarks.Dashboard;

/// <summary>
/// Every query the dashboard runs for a 12-month period over the seeded SQLite database of
/// <see cref="Reports.ReportBenchmarks"/> (10,000 claims with charges, payments, denials and status
/// histories): the page must answer in under 200 ms, so the whole set is one benchmark.
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private DatabaseSettings _settings = null!;
    private string _dir = "";
    private Guid _organizationId;

    [Params(10_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "claimsmith-bench-dashboard-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _settings = DatabaseSettings.Sqlite(Path.Combine(_dir, "bench.db")) with { Keys = KeyRing.Generate(TimeProvider.System) };
        using (var db = _settings.CreateContext())
        {
            ClaimsmithDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        }

        _organizationId = Reports.ReportBenchmarks.Seed(_settings, Claims);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark]
    public async Task<int> WholeDashboard()
    {
        await using var db = _settings.CreateContext();
        var from = new DateOnly(2025, 8, 1);
        var to = new DateOnly(2026, 7, 31);
        var aging = await db.AgingAsync(AgingBy.Payer, new DateOnly(2026, 6, 30), _organizationId);
        var denials = await db.DenialsByCategoryAsync(from, to, _organizationId);
        var rates = await db.ClaimRatesByMonthAsync(from, 12, _organizationId);
        var coders = await db.CoderProductivityAsync(from, to, _organizationId);
        var acceptance = await db.SuggestionAcceptanceAsync(from, 12, _organizationId);
        return aging.Rows.Count + denials.Count + rates.Sum(r => r.Submitted) + coders.Count + acceptance.Count;
    }
}
