using BenchmarkDotNet.Attributes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Remittance;
using Claimsmith.Privacy.Encryption;
using Claimsmith.X12.Common;
using Npgsql;

namespace Claimsmith.Benchmarks.Remittance;

/// <summary>
/// Remittance lines posted per second, on SQLite and (when CLAIMSMITH_TEST_POSTGRES is set)
/// PostgreSQL. The database first holds <see cref="History"/> submitted claims with their charges
/// on the ledger (inserted directly: posting them through the service would make the setup of the
/// unoptimised code outlast the in-process toolchain's time limit) and grows by every iteration's
/// posted claims (adjudications, ledger entries, work items); every iteration posts one fresh 835
/// of <see cref="Claims"/> newly submitted claims × <see cref="LinesPerClaim"/> lines, built by
/// <see cref="PayerSimulator"/> in the iteration setup, so no iteration re-posts a claim and the
/// ledgers posted to have the size of a first payment. The mix: most lines paid with CO-45 and
/// PR-2 coinsurance, every tenth claim denied (CO-197, a work item), every seventh line paid
/// below the contract rate (an underpayment work item). Time per operation is time per line.
/// </summary>
[MemoryDiagnoser]
public class RemittancePostingBenchmarks
{
    private const int History = 3_000;
    private const int Claims = 200;
    private const int LinesPerClaim = 4;
    private const int Lines = Claims * LinesPerClaim;
    private static readonly string[] Codes = ["99214", "36415", "85025", "80053"];
    private DatabaseSettings? _settings;
    private Seed? _seed;
    private string? _dir;
    private string? _admin;
    private string? _database;
    private int _claimNumber;
    private int _trace;
    private byte[]? _file;

    /// <summary>PostgreSQL is measured only when <c>CLAIMSMITH_TEST_POSTGRES</c> names a server (no empty row otherwise).</summary>
    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    public static IEnumerable<string> Providers =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CLAIMSMITH_TEST_POSTGRES")) ? ["Sqlite"] : ["Sqlite", "Postgres"];

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

        using (var db = _settings.CreateContext())
        {
            ClaimsmithDatabase.MigrateAsync(db).GetAwaiter().GetResult();
            var org = new Organization { Name = "Bench Practice", TaxId = "123456789", Npi = NpiFor("123456789"), Address = new Claimsmith.Billing.Address { Line1 = "1 A St", City = "B", State = "OH", PostalCode = "43210" } };
            var payer = new Payer { Name = "Bench Payer", PayerIdentifier = "BP001" };
            var provider = new Provider { LastName = "Doc", FirstName = "Bench", Npi = NpiFor("198765432") };
            db.AddRange(org, payer, provider);
            var patients = new List<(Patient, Coverage)>();
            for (var p = 0; p < 40; p++)
            {
                var patient = new Patient { OrganizationId = org.Id, AccountNumber = $"A{p}", LastName = "Bench" + p, FirstName = "Pat", BirthDate = new DateOnly(1950 + p, 1, 1) };
                var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = $"M{p}", EffectiveFrom = new DateOnly(2020, 1, 1) };
                db.AddRange(patient, coverage);
                patients.Add((patient, coverage));
            }

            // Contract rates: the payer allows 80 % of the charge, so a 70 % payment is an underpayment.
            for (var c = 0; c < Codes.Length; c++)
            {
                db.PayerContractRates.Add(new PayerContractRate { PayerId = payer.Id, ProcedureCode = Codes[c], Allowed = Money.Of(Charge(c) * 0.8m) });
            }

            db.SaveChanges();
            _seed = new Seed(org, payer, provider, patients);
        }

        // The history: the claims table and the ledger are not empty.
        for (var done = 0; done < History; done += Claims)
        {
            AddClaims();
        }
    }

    [IterationSetup]
    public void PrepareFile() => _file = _settings is null ? null : NextFile();

    [Benchmark(OperationsPerInvoke = Lines)]
    public int PostRemittanceLines()
    {
        if (_settings is null)
        {
            // PostgreSQL not configured (CLAIMSMITH_TEST_POSTGRES unset): nothing to measure.
            return 0;
        }

        // Each invocation must post a file of its own: a second post of the same trace number only resumes (and finds nothing to do).
        var file = _file ?? NextFile();
        _file = null;
        return PostOnce(file);
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

    private int PostOnce(byte[] file)
    {
        using var db = _settings!.CreateContext();
        var result = new RemittancePostingService(db, TimeProvider.System).PostFileAsync(file, "bench").GetAwaiter().GetResult();
        if (result.PostedClaims != Claims)
        {
            throw new InvalidOperationException($"Posted {result.PostedClaims} of {Claims} claims: the benchmark would measure the wrong work.");
        }

        return result.PostedClaims;
    }

    // Fresh submitted claims and the 835 paying them.
    private byte[] NextFile()
    {
        var claims = AddClaims();
        var payments = claims.Select((c, i) => PayerSimulator.Pay(c, l => Adjust(i, l)));
        return PayerSimulator.ToBytes(PayerSimulator.Remittance("BENCH" + Interlocked.Increment(ref _trace), payments));
    }

    // Submitted claims with their charges on the ledger.
    private List<Claim> AddClaims()
    {
        var seed = _seed!;
        using var db = _settings!.CreateContext();
        var ledger = new Ledger([], TimeProvider.System);
        var claims = new List<Claim>();
        var providers = new Dictionary<Guid, Provider> { [seed.Provider.Id] = seed.Provider };
        for (var i = 0; i < Claims; i++)
        {
            var n = Interlocked.Increment(ref _claimNumber);
            var (patient, coverage) = seed.Patients[n % seed.Patients.Count];
            var e = new Encounter { OrganizationId = seed.Organization.Id, PatientId = patient.Id, ServiceFrom = new DateOnly(2026, 1, 5), ServiceTo = new DateOnly(2026, 1, 5), RenderingProviderId = seed.Provider.Id };
            e.AddDiagnosis(DiagnosisCode.Parse("E11.9"));
            for (var l = 0; l < LinesPerClaim; l++)
            {
                var line = new ChargeLine { ProcedureCode = ProcedureCode.Parse(Codes[l % Codes.Length]), Charge = Money.Of(Charge(l % Codes.Length)), ServiceFrom = e.ServiceFrom };
                line.SetPointers([1]);
                e.AddCharge(line);
            }

            db.Encounters.Add(e);
            var claim = ClaimBuilder.Build(new ClaimBuildRequest { Encounter = e, Patient = patient, Coverage = coverage, Payer = seed.Payer, Organization = seed.Organization, Providers = providers, ClaimNumber = $"BENCH{n:D7}", Actor = "bench" }, TimeProvider.System).Claim!;
            claim.TransitionTo(ClaimStatus.Ready, "bench", TimeProvider.System);
            claim.TransitionTo(ClaimStatus.Submitted, "bench", TimeProvider.System);
            ledger.PostCharges(claim, "bench");
            db.Claims.Add(claim);
            claims.Add(claim);
        }

        db.LedgerEntries.AddRange(ledger.Pending);
        db.SaveChanges();
        return claims;
    }

    private static IReadOnlyList<Adjustment> Adjust(int claimIndex, ClaimLine line)
    {
        var charge = line.Charge.Amount;
        if (claimIndex % 10 == 9)
        {
            return [new Adjustment("CO", "197", charge)];
        }

        // Allowed 80 % (or 70 %, an underpayment, on every seventh line): CO-45 the rest, PR-2 a fifth of the allowed.
        var allowed = decimal.Round(charge * ((claimIndex * LinesPerClaim + line.LineNumber) % 7 == 0 ? 0.7m : 0.8m), 2);
        return [new Adjustment("CO", "45", charge - allowed), new Adjustment("PR", "2", decimal.Round(allowed * 0.2m, 2))];
    }

    private static decimal Charge(int code) => 100m + 40m * code;

    private static Npi NpiFor(string nine) => Npi.Parse(nine + Npi.ComputeCheckDigit(nine));

    private sealed record Seed(Organization Organization, Payer Payer, Provider Provider, List<(Patient Patient, Coverage Coverage)> Patients);
}
