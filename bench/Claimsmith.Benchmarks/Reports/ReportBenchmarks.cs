using BenchmarkDotNet.Attributes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Privacy.Encryption;

namespace Claimsmith.Benchmarks.Reports;

/// <summary>
/// A/R aging and the revenue-cycle measures over a seeded SQLite database of one practice with
/// <see cref="Claims"/> claims (charges, payments, CO-45/CO-50/CO-97 adjustments, patient
/// transfers, status histories), to show the reports stay aggregate queries as claims grow.
/// PostgreSQL: set CLAIMSMITH_BENCH_POSTGRES to a connection string of an empty database.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private DatabaseSettings _settings = null!;
    private string? _dir;
    private Guid _organizationId;

    [Params(10_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pg = Environment.GetEnvironmentVariable("CLAIMSMITH_BENCH_POSTGRES");
        var keys = KeyRing.Generate(TimeProvider.System);
        if (string.IsNullOrWhiteSpace(pg))
        {
            _dir = Path.Combine(Path.GetTempPath(), "claimsmith-bench-reports-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_dir);
            _settings = DatabaseSettings.Sqlite(Path.Combine(_dir, "bench.db")) with { Keys = keys };
        }
        else
        {
            _settings = DatabaseSettings.Postgres(pg) with { Keys = keys };
        }

        using (var db = _settings.CreateContext())
        {
            ClaimsmithDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        }

        _organizationId = Seed(_settings, Claims);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_dir is not null)
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Benchmark]
    public async Task<int> AgingByPayer()
    {
        await using var db = _settings.CreateContext();
        return (await db.AgingAsync(AgingBy.Payer, new DateOnly(2026, 6, 30), _organizationId)).Rows.Count;
    }

    [Benchmark]
    public async Task<int> AgingByPatient()
    {
        await using var db = _settings.CreateContext();
        return (await db.AgingAsync(AgingBy.Patient, new DateOnly(2026, 6, 30), _organizationId)).Rows.Count;
    }

    [Benchmark]
    public async Task<decimal?> RevenueCycle()
    {
        await using var db = _settings.CreateContext();
        return (await db.RevenueCycleAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), _organizationId)).NetCollectionRate;
    }

    internal static Guid Seed(DatabaseSettings settings, int count)
    {
        static Npi NpiFor(string nine) => Npi.Parse(nine + Npi.ComputeCheckDigit(nine));
        var clock = new Clock(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var org = new Organization { Name = "Bench Practice", TaxId = "123456789", Npi = NpiFor("123456789"), Address = new Address { Line1 = "1 A St", City = "Columbus", State = "OH", PostalCode = "43210" } };
        var provider = new Provider { OrganizationId = org.Id, LastName = "Doc", FirstName = "Bench", Npi = NpiFor("198765432") };
        var payers = Enumerable.Range(0, 8).Select(i => new Payer { Name = $"Bench Payer {i}", PayerIdentifier = $"BP{i:000}" }).ToList();
        using (var db = settings.CreateContext())
        {
            db.AddRange(org, provider);
            db.AddRange(payers);
            db.SaveChanges();
        }

        var random = new Random(42);
        const int PerBatch = 500;
        for (var start = 0; start < count; start += PerBatch)
        {
            using var db = settings.CreateContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var ledger = new Ledger([], clock);
            for (var i = start; i < Math.Min(count, start + PerBatch); i++)
            {
                var payer = payers[i % payers.Count];
                var patient = new Patient { OrganizationId = org.Id, AccountNumber = $"B{i:000000}", LastName = $"Patient{i}", FirstName = "Bench", BirthDate = new DateOnly(1970, 1, 1).AddDays(i % 9000), Address = new Address { Line1 = "2 B St", City = "Columbus", State = "OH", PostalCode = "43210" } };
                var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = $"M{i}", EffectiveFrom = new DateOnly(2020, 1, 1) };
                var dos = new DateOnly(2026, 1, 2).AddDays(random.Next(0, 175));
                var encounter = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, ServiceFrom = dos, ServiceTo = dos, PlaceOfService = "11", RenderingProviderId = provider.Id };
                encounter.AddDiagnosis(DiagnosisCode.Parse("E11.9"));
                var charge = new ChargeLine { ProcedureCode = ProcedureCode.Parse("99214"), Charge = Money.Of(150m + random.Next(0, 100)), ServiceFrom = dos };
                charge.SetPointers([1]);
                encounter.AddCharge(charge);
                clock.Now = new DateTimeOffset(dos.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                var claim = ClaimBuilder.Build(new ClaimBuildRequest
                {
                    Encounter = encounter, Patient = patient, Coverage = coverage, Payer = payer, Organization = org,
                    Providers = new Dictionary<Guid, Provider> { [provider.Id] = provider }, ClaimNumber = $"BN{i:00000000}", Actor = "bench",
                }, clock).Claim!;
                ledger.PostCharges(claim, "bench");
                claim.TransitionTo(ClaimStatus.Ready, "bench", clock);
                claim.TransitionTo(ClaimStatus.Submitted, "bench", clock);
                clock.Now = clock.Now.AddDays(1);
                var roll = random.Next(100);
                if (roll < 5)
                {
                    claim.TransitionTo(ClaimStatus.Rejected, "bench", clock);
                }
                else
                {
                    claim.TransitionTo(ClaimStatus.Accepted, "bench", clock);
                    clock.Now = clock.Now.AddDays(14);
                    var total = claim.TotalCharge;
                    if (roll < 15)
                    {
                        claim.TransitionTo(ClaimStatus.Denied, "bench", clock);
                        ledger.PostAdjustment(claim, LedgerBucket.Insurance, total, roll < 10 ? "CO-50" : "CO-97", "bench");
                    }
                    else if (roll < 75)
                    {
                        claim.TransitionTo(ClaimStatus.Paid, "bench", clock);
                        var paid = Money.Of(decimal.Round(total.Amount * 0.6m, 2));
                        var patientShare = Money.Of(20m);
                        ledger.PostPayment(claim, LedgerBucket.Insurance, paid, "TRN" + i, "bench");
                        ledger.PostAdjustment(claim, LedgerBucket.Insurance, total - paid - patientShare, "CO-45", "bench");
                        ledger.Transfer(claim, LedgerBucket.Insurance, LedgerBucket.Patient, patientShare, "bench", "PR-3");
                    }
                }

                db.AddRange(patient, coverage, encounter, claim);
            }

            db.LedgerEntries.AddRange(ledger.Pending);
            db.ChangeTracker.DetectChanges();
            db.SaveChanges();
        }

        return org.Id;
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
