using Claimsmith.Billing;
using Claimsmith.Data;

namespace Claimsmith.Web.Tests;

/// <summary>The practice, payer, rendering provider, patient and coverage a claim is built from.</summary>
internal sealed record ClaimParties(Organization Organization, Payer Payer, Provider Provider, Patient Patient, Coverage Coverage);

/// <summary>
/// Claims written straight to the host's database (<see cref="ApiSeed"/> makes them through the
/// API instead). Each seed makes its own parties and coded encounter, with its own data; the claim
/// is then built as production builds it (<see cref="ClaimBuilder"/>) and, for the tests of what
/// follows submission (835 posting, denials, appeals), moved to Submitted with its charges on the
/// ledger.
/// </summary>
internal static class ClaimSeed
{
    /// <summary>An NPI of these nine digits and their Luhn check digit.</summary>
    public static Npi NpiFor(string firstNine) => Npi.Parse(ApiSeed.NpiFor(firstNine));

    /// <summary>Adds a charge of one unit of <paramref name="code"/> on the encounter's first date, pointing at its diagnoses <paramref name="pointers"/> (1-based).</summary>
    public static ChargeLine Charge(Encounter encounter, string code, decimal amount, params int[] pointers)
    {
        ArgumentNullException.ThrowIfNull(encounter);
        var line = new ChargeLine { ProcedureCode = ProcedureCode.Parse(code), Charge = Money.Of(amount), ServiceFrom = encounter.ServiceFrom };
        line.SetPointers(pointers);
        return encounter.AddCharge(line);
    }

    /// <summary>The claim of <paramref name="encounter"/> as <paramref name="actor"/> builds it, with the next claim number; not added to <paramref name="db"/>.</summary>
    public static async Task<Claim> BuildAsync(ClaimsmithDbContext db, TimeProvider clock, ClaimParties parties, Encounter encounter, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parties);
        var built = ClaimBuilder.Build(new ClaimBuildRequest
        {
            Encounter = encounter,
            Patient = parties.Patient,
            Coverage = parties.Coverage,
            Payer = parties.Payer,
            Organization = parties.Organization,
            Providers = new Dictionary<Guid, Provider> { [parties.Provider.Id] = parties.Provider },
            OtherCoverages = [],
            ClaimNumber = await db.NextClaimNumberAsync(ct),
            Actor = actor,
        }, clock);
        return built.Claim ?? throw new InvalidOperationException("The synthetic claim does not build: " + string.Join("; ", built.Issues.Select(i => i.Message)));
    }

    /// <summary>A draft claim of <paramref name="encounter"/>, saved.</summary>
    public static async Task<Claim> DraftClaimAsync(ClaimsmithDbContext db, TimeProvider clock, ClaimParties parties, Encounter encounter, string actor, CancellationToken ct)
    {
        var claim = await BuildAsync(db, clock, parties, encounter, actor, ct);
        db.Claims.Add(claim);
        await db.SaveChangesAsync(ct);
        return claim;
    }

    /// <summary>
    /// The claim of <paramref name="encounter"/> moved by <paramref name="actor"/> to Ready and to
    /// Submitted, its charges posted to the ledger (one entry per line, owed by the insurance), saved
    /// with whatever else <paramref name="db"/> holds unsaved.
    /// </summary>
    public static async Task<Claim> SubmittedClaimAsync(ClaimsmithDbContext db, TimeProvider clock, ClaimParties parties, Encounter encounter, string actor, CancellationToken ct)
    {
        var claim = await BuildAsync(db, clock, parties, encounter, actor, ct);
        Assert.Null(claim.TransitionTo(ClaimStatus.Ready, actor, clock));
        Assert.Null(claim.TransitionTo(ClaimStatus.Submitted, actor, clock));
        var ledger = new Ledger([], clock);
        ledger.PostCharges(claim, actor);
        db.Claims.Add(claim);
        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(ct);
        return claim;
    }
}
