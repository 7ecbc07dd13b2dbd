using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Tests.Jobs;

/// <summary>
/// Synthetic draft claims and uncoded encounters for the job tests: each call makes its own
/// practice (unless one is given), payer, provider, patient and coverage, so tests never share data.
/// </summary>
internal static class JobSeed
{
    public const string Note =
        "Chief complaint: cough and fever for three days.\n" +
        "Assessment: acute upper respiratory infection. Fever.\n" +
        "Total time spent: 20 minutes.";

    private static Address Address() => new() { Line1 = "3 Synthetic Court", City = "Testville", State = "OH", PostalCode = "432150001" };

    /// <summary>A practice of its own.</summary>
    public static async Task<Organization> OrganizationAsync(ClaimsmithDbContext db, CancellationToken ct)
    {
        var org = new Organization { Name = "Job Practice " + Guid.NewGuid().ToString("N")[..6], Kind = OrganizationKind.Practice, TaxId = "445557777", Npi = ClaimSeed.NpiFor("123460000"), Taxonomy = TaxonomyCode.Parse("207Q00000X"), Address = Address() };
        db.Organizations.Add(org);
        await db.SaveChangesAsync(ct);
        return org;
    }

    /// <summary>
    /// A draft claim of one office visit line for <paramref name="diagnosis"/>: a billable code
    /// (<c>J06.9</c>) or a category header the scrubber refuses (<c>J06</c>).
    /// </summary>
    public static async Task<Claim> DraftClaimAsync(ClaimsmithDbContext db, TimeProvider clock, string diagnosis, CancellationToken ct, Guid? organizationId = null)
    {
        var org = organizationId is { } id ? await db.Organizations.FindAsync([id], ct) ?? throw new InvalidOperationException("No such organization.") : await OrganizationAsync(db, ct);
        var payer = new Payer { Name = "Synthetic Mutual", PayerIdentifier = "SYJ01", ClaimFilingIndicator = "CI", TimelyFilingDays = 3650, Address = Address() };
        var provider = new Provider { OrganizationId = org.Id, LastName = "Heron", FirstName = "Ada", Npi = ClaimSeed.NpiFor("155560000"), Taxonomy = TaxonomyCode.Parse("207Q00000X") };
        var patient = new Patient { OrganizationId = org.Id, AccountNumber = "JOB" + Guid.NewGuid().ToString("N")[..6], LastName = "Jobson", FirstName = "Ira", BirthDate = new DateOnly(1971, 5, 6), Sex = Sex.Female, Address = Address() };
        var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, Order = CoverageOrder.Primary, MemberId = "MEM" + Guid.NewGuid().ToString("N")[..6], Relationship = SubscriberRelationship.Self, EffectiveFrom = new DateOnly(2026, 1, 1) };
        var encounter = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, Kind = ClaimKind.Professional, ServiceFrom = new DateOnly(2026, 2, 3), ServiceTo = new DateOnly(2026, 2, 3), PlaceOfService = "11", RenderingProviderId = provider.Id };
        encounter.AddDiagnosis(DiagnosisCode.Parse(diagnosis));
        ClaimSeed.Charge(encounter, "99213", 95m, 1);
        db.AddRange(payer, provider, patient, coverage, encounter);
        await db.SaveChangesAsync(ct);
        return await ClaimSeed.DraftClaimAsync(db, clock, new ClaimParties(org, payer, provider, patient, coverage), encounter, "biller@claimsmith.test", ct);
    }

    /// <summary>An encounter with one clinical note and no codes, waiting in the coding queue.</summary>
    public static async Task<Encounter> UncodedEncounterAsync(ClaimsmithDbContext db, CancellationToken ct, Guid? organizationId = null, DateOnly? serviceDate = null)
    {
        var orgId = organizationId ?? (await OrganizationAsync(db, ct)).Id;
        var patient = new Patient { OrganizationId = orgId, AccountNumber = "ENC" + Guid.NewGuid().ToString("N")[..6], LastName = "Queue", FirstName = "Wren", BirthDate = new DateOnly(1980, 2, 2), Sex = Sex.Male, Address = Address() };
        var dos = serviceDate ?? new DateOnly(2026, 3, 4);
        var e = new Encounter { OrganizationId = orgId, PatientId = patient.Id, Kind = ClaimKind.Professional, ServiceFrom = dos, ServiceTo = dos, PlaceOfService = "11" };
        e.Documents.Add(new ClinicalDocument { EncounterId = e.Id, Title = "Progress note", Kind = "progress note", Text = Note, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "seed" });
        db.AddRange(patient, e);
        await db.SaveChangesAsync(ct);
        return e;
    }
}
