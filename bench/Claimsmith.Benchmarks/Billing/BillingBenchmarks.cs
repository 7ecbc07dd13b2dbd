using BenchmarkDotNet.Attributes;
using Claimsmith.Billing;
using Claimsmith.Documents;

namespace Claimsmith.Benchmarks.Billing;

/// <summary>Building and checking a claim from an encounter, and rendering its CMS-1500.</summary>
[MemoryDiagnoser]
public class BillingBenchmarks
{
    private ClaimBuildRequest _request = null!;
    private Claim _claim = null!;

    [GlobalSetup]
    public void Setup()
    {
        static Npi NpiFor(string nine) => Npi.Parse(nine + Npi.ComputeCheckDigit(nine));
        var org = new Organization { Name = "Bench Practice", TaxId = "123456789", Npi = NpiFor("123456789"), Address = new Address { Line1 = "1 A St", City = "B", State = "OH", PostalCode = "43210" } };
        var patient = new Patient { OrganizationId = org.Id, AccountNumber = "A1", LastName = "Bench", FirstName = "Pat", BirthDate = new DateOnly(1980, 1, 1) };
        var payer = new Payer { Name = "Bench Payer", PayerIdentifier = "BP001" };
        var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = "M1", EffectiveFrom = new DateOnly(2020, 1, 1) };
        var provider = new Provider { LastName = "Doc", FirstName = "Bench", Npi = NpiFor("198765432") };
        var e = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, ServiceFrom = new DateOnly(2026, 1, 5), ServiceTo = new DateOnly(2026, 1, 5), RenderingProviderId = provider.Id };
        foreach (var code in new[] { "E11.9", "I10", "E78.5", "Z79.4" })
        {
            e.AddDiagnosis(DiagnosisCode.Parse(code));
        }

        for (var i = 0; i < 6; i++)
        {
            var line = new ChargeLine { ProcedureCode = ProcedureCode.Parse(i == 0 ? "99214" : "36415"), Charge = Money.Of(50m + i), ServiceFrom = e.ServiceFrom };
            line.SetPointers([1, 2]);
            e.AddCharge(line);
        }

        _request = new ClaimBuildRequest { Encounter = e, Patient = patient, Coverage = coverage, Payer = payer, Organization = org, Providers = new Dictionary<Guid, Provider> { [provider.Id] = provider }, ClaimNumber = "CS1", Actor = "bench" };
        _claim = ClaimBuilder.Build(_request, TimeProvider.System).Claim!;
    }

    [Benchmark]
    public Claim? BuildClaim() => ClaimBuilder.Build(_request, TimeProvider.System).Claim;

    [Benchmark]
    public int ValidateClaim() => ClaimValidator.Validate(_claim).Count;

    [Benchmark]
    public int RenderCms1500DataOnly() => Cms1500Renderer.Render(_claim, Cms1500Mode.DataOnly).Length;

    [Benchmark]
    public int RenderCms1500FullForm() => Cms1500Renderer.Render(_claim, Cms1500Mode.FullForm).Length;
}
