using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Remittance;
using Claimsmith.Data.Security;
using Adjustment = Claimsmith.X12.Common.Adjustment;
using Claimsmith.X12.Remittance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Denials;

/// <summary>
/// A denial made the way production makes one: a claim built from a coded encounter, submitted,
/// then a synthetic 835 (<see cref="PayerSimulator"/>) that denies its first line with CO-197
/// (authorization absent) and N54, posted by <see cref="RemittancePostingService"/>, which creates
/// the work item. Every record is synthetic and new, so tests do not share data.
/// </summary>
internal static class DeniedClaimSeed
{
    /// <summary>What a test needs to find the denial.</summary>
    internal sealed record Seeded(Guid OrganizationId, Guid PayerId, Guid ClaimId, string ClaimNumber, Guid WorkItemId, string TraceNumber, DateOnly RemittanceDate);

    /// <summary>The charge of the denied line.</summary>
    public const decimal DeniedCharge = 150m;

    /// <summary>
    /// Seeds and posts. <paramref name="appealWindowDays"/> is the payer's appeal window;
    /// <paramref name="daysAgo"/> how long ago the remittance was paid (the window counts from it).
    /// </summary>
    public static async Task<Seeded> CreateAsync(IServiceProvider services, string tag, int appealWindowDays, int daysAgo, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        db.OrganizationScope = OrganizationScope.Unrestricted;
        var address = new Address { Line1 = "12 Synthetic Lane", City = "Testville", State = "OH", PostalCode = "432101234" };
        var nine = "4" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var org = new Organization
        {
            Name = "Denial Test Practice " + tag,
            Kind = OrganizationKind.Practice,
            TaxId = "552334444",
            Npi = ClaimSeed.NpiFor(nine),
            Taxonomy = TaxonomyCode.Parse("207Q00000X"),
            Address = address,
        };
        var payer = new Payer
        {
            Name = "Denial Mutual " + tag, PayerIdentifier = "DM" + tag.ToUpperInvariant(), ClaimFilingIndicator = "CI", TimelyFilingDays = 3650, AppealWindowDays = appealWindowDays,
            Address = address with { Line1 = "900 Appeals Way" },
        };
        var providerNine = "5" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var provider = new Provider { OrganizationId = org.Id, LastName = "Wren", FirstName = "Lee", Npi = ClaimSeed.NpiFor(providerNine), Taxonomy = TaxonomyCode.Parse("207Q00000X") };
        var patient = new Patient
        {
            OrganizationId = org.Id, AccountNumber = "DEN" + Guid.NewGuid().ToString("N")[..6], LastName = "Thorn", FirstName = "Ivy", BirthDate = new DateOnly(1971, 2, 3), Sex = Sex.Female,
            Address = address with { },
        };
        var coverage = new Coverage
        {
            PatientId = patient.Id, PayerId = payer.Id, Order = CoverageOrder.Primary, MemberId = "DM-778899", Relationship = SubscriberRelationship.Self, EffectiveFrom = new DateOnly(2026, 1, 1),
        };
        var dos = new DateOnly(2026, 3, 9);
        var encounter = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, Kind = ClaimKind.Professional, ServiceFrom = dos, ServiceTo = dos, PlaceOfService = "11", RenderingProviderId = provider.Id };
        encounter.AddDiagnosis(DiagnosisCode.Parse("E11.22"));
        encounter.AddDiagnosis(DiagnosisCode.Parse("I10"));
        ClaimSeed.Charge(encounter, "99214", DeniedCharge, 1, 2); // the visit, denied
        ClaimSeed.Charge(encounter, "36415", 20m, 1);             // the blood draw, paid
        db.AddRange(org, payer, provider, patient, coverage, encounter);
        await db.SaveChangesAsync(ct);
        var claim = await ClaimSeed.SubmittedClaimAsync(db, clock, new ClaimParties(org, payer, provider, patient, coverage), encounter, "biller@claimsmith.test", ct);

        // The payer denies the visit (no authorization on file) and pays the draw less its contractual write-off.
        var payment = PayerSimulator.Pay(claim, l => l.LineNumber == 1
            ? [new Adjustment("CO", "197", l.Charge.Amount)]
            : [new Adjustment("CO", "45", 2m)]);
        payment.ServiceLines[0].Remarks.Add(new RemarkCode("HE", "N54"));
        var trace = "T" + Guid.NewGuid().ToString("N")[..12];
        var paid = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-daysAgo);
        var file = PayerSimulator.ToBytes(PayerSimulator.Remittance(trace, [payment], paymentDate: paid));
        var result = await new RemittancePostingService(db, clock).PostFileAsync(file, "biller@claimsmith.test", cancellationToken: ct);
        Assert.False(result.HasExceptions, "the 835 did not post: " + string.Join("; ", result.ReadIssues));
        Assert.Equal(1, result.PostedClaims);
        var item = await db.DenialWorkItems.AsNoTracking().SingleAsync(w => w.ClaimId == claim.Id, ct);
        return new Seeded(org.Id, payer.Id, claim.Id, claim.ClaimNumber, item.Id, trace, paid);
    }
}
