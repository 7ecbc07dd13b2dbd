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
        var org = new Organization { Name = "Remit Practice", TaxId = "123456789", Npi = Npi.Parse("123456789" + Npi.ComputeCheckDigit("123456789")), Address = new Address { Line1 = "1 A St", City = "Testville", State = "OH", PostalCode = "43210" } };
        var payer = new Payer { Name = "Synthetic Mutual", PayerIdentifier = "SYM" + Guid.NewGuid().ToString("N")[..5] };
        var patient = new Patient { OrganizationId = org.Id, AccountNumber = "R" + Guid.NewGuid().ToString("N")[..8], LastName = "Wren", FirstName = "Kit", BirthDate = new DateOnly(1980, 2, 3) };
        var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = "M1", EffectiveFrom = new DateOnly(2020, 1, 1) };
        var provider = new Provider { LastName = "Heron", FirstName = "Ada", Npi = Npi.Parse("198765432" + Npi.ComputeCheckDigit("198765432")) };
        db.AddRange(org, payer, patient, coverage, provider);
        var ledger = new Ledger([], clock);
        var claims = new List<Claim>();
        for (var i = 0; i < count; i++)
        {
            var e = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, ServiceFrom = new DateOnly(2026, 1, 5 + i), ServiceTo = new DateOnly(2026, 1, 5 + i), RenderingProviderId = provider.Id };
            e.AddDiagnosis(DiagnosisCode.Parse("E11.9"));
            foreach (var (code, charge) in new[] { ("99214", 150m), ("83036", 25m) })
            {
                var line = new ChargeLine { ProcedureCode = ProcedureCode.Parse(code), Charge = Money.Of(charge), ServiceFrom = e.ServiceFrom };
                line.SetPointers([1]);
                e.AddCharge(line);
            }

            db.Encounters.Add(e);
            var claim = ClaimBuilder.Build(new ClaimBuildRequest
            {
                Encounter = e, Patient = patient, Coverage = coverage, Payer = payer, Organization = org,
                Providers = new Dictionary<Guid, Provider> { [provider.Id] = provider },
                ClaimNumber = await db.NextClaimNumberAsync(Ct), Actor = "seed",
            }, clock).Claim!;
            Assert.Null(claim.TransitionTo(ClaimStatus.Ready, "seed", clock));
            Assert.Null(claim.TransitionTo(ClaimStatus.Submitted, "seed", clock));
            ledger.PostCharges(claim, "seed");
            db.Claims.Add(claim);
            claims.Add(claim);
        }

        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(Ct);
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
