using BenchmarkDotNet.Attributes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Remittance;
using Claimsmith.Privacy.Encryption;
using Claimsmith.X12.Common;
using Npgsql;

namespace Claimsmith.Benchmarks.Remittance;

/// <summary>
/// Remittance lines posted per second: one 835 of 50 claims with 4 lines each (CO-45 on
/// every line; a repeated PR transfer would be refused once the insurance share is gone) posted to the ledger, one transaction per claim, on SQLite and (when
/// CLAIMSMITH_TEST_POSTGRES is set) PostgreSQL. Each invocation posts a new trace number for the
/// same claims, so the work is the same every time. Time per operation is time per line.
/// </summary>
[MemoryDiagnoser]
public class RemittancePostingBenchmarks
{
    private const int Claims = 50;
    private const int LinesPerClaim = 4;
    private const int Lines = Claims * LinesPerClaim;
    private DatabaseSettings? _settings;
    private readonly List<Claim> _claims = [];
    private string? _dir;
    private string? _admin;
    private string? _database;
    private int _trace;

    [Params("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    [GlobalSetup]
    public void Setup()
    {
        var keys = KeyRing.Generate(TimeProvider.System);
        if (Provider == "Postgres")
        {
            _admin = Environment.GetEnvironmentVariable("CLAIMSMITH_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(_admin))
            {
                return;
            }

            _database = "claimsmith_bench_" + Guid.NewGuid().ToString("N")[..10];
            using (var conn = new NpgsqlConnection(_admin))
            {
                conn.Open();
                using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
                cmd.ExecuteNonQuery();
            }

            _settings = DatabaseSettings.Postgres(new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString) with { Keys = keys };
        }
        else
        {
            _dir = Directory.CreateTempSubdirectory("claimsmith-bench-remit-").FullName;
            _settings = DatabaseSettings.Sqlite(Path.Combine(_dir, "bench.db")) with { Keys = keys };
        }

        using var db = _settings.CreateContext();
        ClaimsmithDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        var org = new Organization { Name = "Bench Practice", TaxId = "123456789", Npi = NpiFor("123456789"), Address = new Claimsmith.Billing.Address { Line1 = "1 A St", City = "B", State = "OH", PostalCode = "43210" } };
        var payer = new Payer { Name = "Bench Payer", PayerIdentifier = "BP001" };
        var patient = new Patient { OrganizationId = org.Id, AccountNumber = "A1", LastName = "Bench", FirstName = "Pat", BirthDate = new DateOnly(1980, 1, 1) };
        var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = "M1", EffectiveFrom = new DateOnly(2020, 1, 1) };
        var provider = new Provider { LastName = "Doc", FirstName = "Bench", Npi = NpiFor("198765432") };
        db.AddRange(org, payer, patient, coverage, provider);
        var ledger = new Ledger([], TimeProvider.System);
        for (var i = 0; i < Claims; i++)
        {
            var e = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, ServiceFrom = new DateOnly(2026, 1, 5), ServiceTo = new DateOnly(2026, 1, 5), RenderingProviderId = provider.Id };
            e.AddDiagnosis(DiagnosisCode.Parse("E11.9"));
            for (var l = 0; l < LinesPerClaim; l++)
            {
                var line = new ChargeLine { ProcedureCode = ProcedureCode.Parse(l == 0 ? "99214" : "36415"), Charge = Money.Of(200m + l), ServiceFrom = e.ServiceFrom };
                line.SetPointers([1]);
                e.AddCharge(line);
            }

            db.Encounters.Add(e);
            var claim = ClaimBuilder.Build(new ClaimBuildRequest { Encounter = e, Patient = patient, Coverage = coverage, Payer = payer, Organization = org, Providers = new Dictionary<Guid, Provider> { [provider.Id] = provider }, ClaimNumber = $"BENCH{i:D6}", Actor = "bench" }, TimeProvider.System).Claim!;
            claim.TransitionTo(ClaimStatus.Ready, "bench", TimeProvider.System);
            claim.TransitionTo(ClaimStatus.Submitted, "bench", TimeProvider.System);
            ledger.PostCharges(claim, "bench");
            db.Claims.Add(claim);
            _claims.Add(claim);
        }

        db.LedgerEntries.AddRange(ledger.Pending);
        db.SaveChanges();
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public int PostRemittanceLines()
    {
        if (_settings is null)
        {
            // PostgreSQL not configured (CLAIMSMITH_TEST_POSTGRES unset): nothing to measure.
            return 0;
        }

        var trace = "BENCH" + Interlocked.Increment(ref _trace);
        var payments = _claims.Select(c => PayerSimulator.Pay(c, l => [new Adjustment("CO", "45", 1m)]));
        var file = PayerSimulator.ToBytes(PayerSimulator.Remittance(trace, payments));
        using var db = _settings.CreateContext();
        var result = new RemittancePostingService(db, TimeProvider.System).PostFileAsync(file, "bench").GetAwaiter().GetResult();
        return result.PostedClaims;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_dir is not null)
        {
            Directory.Delete(_dir, recursive: true);
        }

        if (_admin is not null && _database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var conn = new NpgsqlConnection(_admin);
            conn.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
            cmd.ExecuteNonQuery();
        }
    }

    private static Npi NpiFor(string nine) => Npi.Parse(nine + Npi.ComputeCheckDigit(nine));
}
