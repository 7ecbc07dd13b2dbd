using Claimsmith.Billing;
using Claimsmith.Data;
using Adjustment = Claimsmith.X12.Common.Adjustment;
using ClaimPayment835 = Claimsmith.X12.Remittance.ClaimPayment835;

namespace Claimsmith.Web.Tests.Remittance;

/// <summary>
/// Synthetic submitted claims and the 835s a payer would send for them (<see cref="PayerSimulator"/>):
/// each call makes its own practice, payer, patient, coverage and encounter, so tests never share data.
/// </summary>
internal static class RemittanceSeed
{
    public static string Trace() => "T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    /// <summary>A claim of two lines ($310.25 and $42.10) moved to Submitted with its charges on the ledger.</summary>
    public static async Task<Claim> SubmittedClaimAsync(ClaimsmithDbContext db, TimeProvider clock, string lastName, string firstName, CancellationToken ct)
    {
        var address = new Address { Line1 = "7 Synthetic Lane", City = "Testville", State = "OH", PostalCode = "432150001" };
        var org = new Organization { Name = "Remit Practice " + Guid.NewGuid().ToString("N")[..6], Kind = OrganizationKind.Practice, TaxId = "445556666", Npi = ClaimSeed.NpiFor("123450000"), Taxonomy = TaxonomyCode.Parse("207Q00000X"), Address = address };
        var payer = new Payer { Name = "Synthetic Mutual", PayerIdentifier = "SYN01", ClaimFilingIndicator = "CI", TimelyFilingDays = 3650, Address = address with { } };
        var provider = new Provider { OrganizationId = org.Id, LastName = "Heron", FirstName = "Ada", Npi = ClaimSeed.NpiFor("155550000"), Taxonomy = TaxonomyCode.Parse("207Q00000X") };
        var patient = new Patient { OrganizationId = org.Id, AccountNumber = "RMT" + Guid.NewGuid().ToString("N")[..6], LastName = lastName, FirstName = firstName, BirthDate = new DateOnly(1971, 5, 6), Sex = Sex.Female, Address = address with { } };
        var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, Order = CoverageOrder.Primary, MemberId = "MEM" + Guid.NewGuid().ToString("N")[..6], Relationship = SubscriberRelationship.Self, EffectiveFrom = new DateOnly(2026, 1, 1) };
        var encounter = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, Kind = ClaimKind.Professional, ServiceFrom = new DateOnly(2026, 2, 3), ServiceTo = new DateOnly(2026, 2, 3), PlaceOfService = "11", RenderingProviderId = provider.Id };
        encounter.AddDiagnosis(DiagnosisCode.Parse("M17.11"));
        ClaimSeed.Charge(encounter, "20610", 310.25m, 1); // knee injection
        ClaimSeed.Charge(encounter, "99213", 42.10m, 1);  // visit
        db.AddRange(org, payer, provider, patient, coverage, encounter);
        await db.SaveChangesAsync(ct);
        return await ClaimSeed.SubmittedClaimAsync(db, clock, new ClaimParties(org, payer, provider, patient, coverage), encounter, "biller@claimsmith.test", ct);
    }

    /// <summary>
    /// The payer's answer: line 1 has a contractual write-off, a $100 deductible and $30
    /// coinsurance; line 2 a write-off and a $20 copay. Balanced at line, claim and check level.
    /// </summary>
    public static ClaimPayment835 PartialPayment(Claim claim, string? claimNumber = null)
    {
        var payment = PayerSimulator.Pay(claim, l => l.LineNumber == 1
            ? [new Adjustment("CO", "45", 60.25m), new Adjustment("PR", "1", 100m), new Adjustment("PR", "2", 30m)]
            : [new Adjustment("CO", "45", 2.10m), new Adjustment("PR", "3", 20m)]);
        if (claimNumber is not null)
        {
            payment.PatientControlNumber = claimNumber;
        }

        return payment;
    }

    public static byte[] File(string trace, params ClaimPayment835[] payments) =>
        PayerSimulator.ToBytes(PayerSimulator.Remittance(trace, payments));
}
