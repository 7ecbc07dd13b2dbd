using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.X12.Common;
using Address = Claimsmith.Billing.Address;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Remittance;

/// <summary>
/// Submitted claims (charges on the ledger) written straight to the host's database, for tests of
/// what happens after submission (835 posting, denials, the FHIR EOB), and audit lookups.
/// </summary>
internal static class PostingSeed
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A patient with <paramref name="count"/> submitted claims of two lines (99214 $150, 83036 $25) with one payer.</summary>
    public static async Task<(Patient Patient, List<Claim> Claims)> SubmittedClaimsAsync(IServiceProvider services, int count = 1)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var clock = TimeProvider.System;
        var org = new Organization { Name = "Remit Practice", TaxId = "123456789", Npi = ClaimSeed.NpiFor("123456789"), Address = new Address { Line1 = "1 A St", City = "Testville", State = "OH", PostalCode = "43210" } };
        var payer = new Payer { Name = "Synthetic Mutual", PayerIdentifier = "SYM" + Guid.NewGuid().ToString("N")[..5] };
        var patient = new Patient { OrganizationId = org.Id, AccountNumber = "R" + Guid.NewGuid().ToString("N")[..8], LastName = "Wren", FirstName = "Kit", BirthDate = new DateOnly(1980, 2, 3) };
        var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = "M1", EffectiveFrom = new DateOnly(2020, 1, 1) };
        var provider = new Provider { LastName = "Heron", FirstName = "Ada", Npi = ClaimSeed.NpiFor("198765432") };
        db.AddRange(org, payer, patient, coverage, provider);
        var parties = new ClaimParties(org, payer, provider, patient, coverage);
        var claims = new List<Claim>();
        for (var i = 0; i < count; i++)
        {
            var e = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, ServiceFrom = new DateOnly(2026, 1, 5 + i), ServiceTo = new DateOnly(2026, 1, 5 + i), RenderingProviderId = provider.Id };
            e.AddDiagnosis(DiagnosisCode.Parse("E11.9"));
            ClaimSeed.Charge(e, "99214", 150m, 1);
            ClaimSeed.Charge(e, "83036", 25m, 1);
            db.Encounters.Add(e);
            claims.Add(await ClaimSeed.SubmittedClaimAsync(db, clock, parties, e, "seed", Ct));
        }

        return (patient, claims);
    }

    /// <summary>A unique 835 trace number (TRN02).</summary>
    public static string Trace() => "T" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// The audit entry written since <paramref name="since"/> for a request whose detail
    /// (<c>METHOD pattern -> status</c>) is <paramref name="detail"/>; fails when there is none.
    /// </summary>
    public static async Task<AuditEntry> AuditAsync(IServiceProvider services, string recordType, string detail, DateTimeOffset since)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.RecordType == recordType && a.Detail == detail).ToListAsync(Ct);
        var found = entries.Where(a => a.At >= since).ToList();
        Assert.True(found.Count > 0, $"No audit entry '{detail}' for {recordType} since {since:O}.");
        return found[^1];
    }
}
