using BenchmarkDotNet.Attributes;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Importing;
using Claimsmith.CodeSets.Snapshot;
using Claimsmith.Edits;
using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.History;
using Claimsmith.Edits.Ncci;
using Claimsmith.Edits.PayerRules;

namespace Claimsmith.Benchmarks.Edits;

/// <summary>
/// Claims scrubbed per second with every edit on (ICD-10-CM, NCCI PTP and MUE, MPFS indicators,
/// modifiers, completeness, history, payer rules), over 1,000 synthetic professional claims of 1-6
/// lines on the real FY2026 code sets. One operation is one claim (OperationsPerInvoke).
/// Run: dotnet run -c Release --project bench/Claimsmith.Benchmarks -- --filter '*Scrubber*' --job short --inProcess
/// (--inProcess: on a busy machine the generated out-of-process project can exceed BenchmarkDotNet's 2-minute build timeout).
/// </summary>
[MemoryDiagnoser]
public class ScrubberBenchmarks
{
    private const int Claims = 1000;
    private static readonly DateOnly Dos = new(2026, 1, 15);

    private static readonly string[] Diagnoses =
    [
        "I10", "E11.9", "E11.22", "N18.4", "E78.5", "J45.909", "M54.50", "K21.9", "F41.1", "G47.00", "J06.9", "R51.9",
        "M17.11", "S72.001A", "W19.XXXA", "Z00.00", "Z12.5", "N39.0", "L40.0", "H52.13", "E66.9", "I25.10", "J18.9", "R10.9",
    ];

    private static readonly string[] Procedures =
    [
        "99213", "99214", "99203", "20610", "17000", "11042", "71046", "93000", "97110", "97140", "36415", "80053", "J1100",
        "27447", "29881", "12001", "10060", "43239", "45380", "64483", "99396", "90471", "G0008", "81002",
    ];

    private static readonly string[][] ModifierChoices = [[], [], [], [], ["25"], ["LT"], ["RT"], ["59"], ["26"], ["GP"], ["XS"], ["50"]];

    // Codes of everyday office claims that do not conflict with each other (no NCCI pair among them in the synthetic table).
    private static readonly string[] CleanDiagnoses = ["I10", "E11.9", "E78.5", "J45.909", "K21.9", "F41.1", "G47.00", "N39.0", "L40.0", "E66.9", "I25.10", "M17.11"];
    private static readonly string[] CleanProcedures = ["99213", "99214", "93000", "71046", "36415", "80053", "85025", "81002", "90471", "G0008"];

    private string _dir = "";
    private ClaimScrubber _scrubber = null!;
    private ScrubClaim[] _claims = [];

    /// <summary>Typical: mostly clean everyday claims. Noisy: random codes and modifiers, nearly every claim with findings.</summary>
    [Params("typical", "noisy")]
    public string Mix { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        var data = ClaimsmithPaths.FindDataDirectory() ?? throw new InvalidOperationException("The scrubber benchmarks need the reference data (set CLAIMSMITH_DATA).");
        _dir = Path.Combine(Path.GetTempPath(), "claimsmith-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var path = SnapshotStore.PathIn(_dir);
        var result = CodeSetImporter.ImportToFile(CodeSetSources.Discover(data), path, TimeProvider.System);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Issues));
        }

        var snapshot = CodeSetSnapshot.Load(path);
        var rng = new Random(42);

        // Synthetic NCCI tables of a realistic shape: every pair of the procedures above and
        // 200,000 further pairs among other codes, so look-ups hit a table of real size.
        var ptp = new PtpTable();
        foreach (var a in Procedures)
        {
            foreach (var b in Procedures)
            {
                if (a != b && rng.Next(4) == 0 && !(CleanProcedures.Contains(a) && CleanProcedures.Contains(b)))
                {
                    ptp.Add(new PtpEdit(a, b, new DateOnly(2010, 1, 1), null, rng.Next(5) == 0 ? PtpModifierIndicator.NotAllowed : PtpModifierIndicator.Allowed, "synthetic"));
                }
            }
        }

        for (var i = 0; i < 200_000; i++)
        {
            ptp.Add(new PtpEdit((10000 + rng.Next(60000)).ToString(System.Globalization.CultureInfo.InvariantCulture), (10000 + rng.Next(60000)).ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2010, 1, 1), null, PtpModifierIndicator.Allowed, "synthetic"));
        }

        var mue = new MueTable();
        foreach (var p in Procedures)
        {
            mue.Add(new MueEdit(p, 1 + rng.Next(4), (MueAdjudication)(1 + rng.Next(3)), "synthetic"));
        }

        foreach (var p in CleanProcedures)
        {
            mue.Add(new MueEdit(p, 4, MueAdjudication.DateOfServiceClinical, "synthetic"));
        }

        var typical = Mix == "typical";

        var (rules, _) = PayerRuleSet.Parse("""
            { "payers": [ { "payerId": "PAYER1", "timelyFilingDays": 365 } ],
              "rules": [
                { "id": "GP", "payers": ["PAYER1"], "codes": ["97110-97546"], "action": "require-modifier", "modifier": "GP", "message": "GP required" },
                { "id": "AUTH", "codes": ["27447", "29881"], "action": "require-authorization", "message": "auth required" },
                { "id": "AGE", "codes": ["99381-99385"], "minAge": 18, "action": "error", "message": "pediatric preventive code" },
                { "id": "UNITS", "codes": ["97110"], "unitsOver": 4, "action": "warn", "message": "units" } ] }
            """);

        var history = new InMemoryClaimHistory();
        _claims = new ScrubClaim[Claims];
        for (var i = 0; i < Claims; i++)
        {
            var dxCount = 1 + rng.Next(4);
            var dx = new ScrubDiagnosis[dxCount];
            for (var d = 0; d < dxCount; d++)
            {
                dx[d] = new ScrubDiagnosis(typical ? CleanDiagnoses[(i + (d * 5)) % CleanDiagnoses.Length] : Diagnoses[rng.Next(Diagnoses.Length)]);
            }

            var lineCount = 1 + rng.Next(6);
            var lines = new ScrubLine[lineCount];
            for (var l = 0; l < lineCount; l++)
            {
                lines[l] = new ScrubLine
                {
                    Number = l + 1,
                    ProcedureCode = typical ? CleanProcedures[(i + l) % CleanProcedures.Length] : Procedures[rng.Next(Procedures.Length)],
                    Modifiers = typical ? [] : ModifierChoices[rng.Next(ModifierChoices.Length)],
                    Units = typical ? 1 : 1 + rng.Next(2),
                    Charge = 125m,
                    DiagnosisPointers = [1 + rng.Next(dxCount)],
                    ServiceDate = Dos,
                };
            }

            var claim = new ScrubClaim
            {
                Id = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                PatientId = "P" + rng.Next(300).ToString(System.Globalization.CultureInfo.InvariantCulture),
                PatientBirthDate = new DateOnly(1940 + rng.Next(80), 1 + rng.Next(12), 1 + rng.Next(28)),
                PatientSex = rng.Next(2) == 0 ? PatientSex.Female : PatientSex.Male,
                SubscriberId = "M1",
                PayerId = "PAYER1",
                BillingNpi = "1234567893",
                BillingTaxonomy = "207Q00000X",
                PlaceOfService = "11",
                Diagnoses = dx,
                Lines = lines,
                TotalCharge = 125m * lineCount,
            };
            _claims[i] = claim;
            if (!typical && i % 10 == 0)
            {
                history.Add(claim with { Id = "H" + claim.Id, Lines = [claim.Lines[0] with { ServiceDate = Dos.AddDays(-7) }] });
            }
        }

        _scrubber = new ClaimScrubber(snapshot, new ScrubberOptions
        {
            PractitionerPtp = ptp,
            PractitionerMue = mue,
            PayerRules = rules,
            History = history,
            Time = new FixedTime(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)),
        });

        // Warm the per-code caches, as a running host would be.
        Scrub();
        var withFindings = _claims.Count(c => _scrubber.Scrub(c).Findings.Count > 0);
        var withErrors = _claims.Count(c => _scrubber.Scrub(c).HasErrors);
        Console.WriteLine($"// {Mix}: {withFindings} of {Claims} claims have findings, {withErrors} have errors");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    /// <summary>One operation = one claim.</summary>
    [Benchmark(OperationsPerInvoke = Claims)]
    public int Scrub()
    {
        var errors = 0;
        foreach (var c in _claims)
        {
            var r = _scrubber.Scrub(c);
            errors += r.HasErrors ? 1 : 0;
        }

        return errors;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
