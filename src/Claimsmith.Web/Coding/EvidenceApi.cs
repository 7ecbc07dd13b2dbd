using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Coding;

/// <summary>
/// <c>GET /api/encounters/{id}/evidence</c>: the lab values, imaging impressions and source-coded
/// findings imported for an encounter, beside its notes on the coding screen, with abnormal flags
/// and, for each code coded or suggested on the encounter, whether a finding supports or argues
/// against it (<see cref="EvidenceHints"/>).
/// </summary>
internal static class EvidenceApi
{
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/encounters/{id:guid}/evidence", Get).WithTags("Coding")
            .Audited("Encounter", "encounter-evidence")
            .RequireAuthorization(Policies.Read)
            .WithSummary("Lab values and imaging impressions for the encounter, with support/contradict hints for its coded and suggested diagnoses");
        return app;
    }

    /// <summary>One finding as the coder sees it.</summary>
    internal sealed record EvidenceItem(Guid Id, ObservationKind Kind, string CodeSystem, string Code, string? Display, string? Value, string? Unit,
        string? ReferenceRange, AbnormalFlag Interpretation, bool Abnormal, string? Impression, DateTimeOffset? EffectiveAt, string Source);

    /// <summary>The encounter's findings and the hints for its codes.</summary>
    internal sealed record EncounterEvidence(Guid EncounterId, IReadOnlyList<EvidenceItem> Observations, IReadOnlyList<EvidenceHint> Hints);

    internal static async Task<Results<Ok<EncounterEvidence>, NotFound>> Get(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var encounter = await db.Encounters.AsNoTracking().Include(e => e.Diagnoses).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (encounter is null)
        {
            return TypedResults.NotFound();
        }

        var observations = await db.ClinicalObservations.AsNoTracking().Where(o => o.EncounterId == id).ToListAsync(ct);
        observations = [.. observations.OrderBy(o => o.Kind).ThenBy(o => o.EffectiveAt)];
        var latestSet = await db.SuggestionSets.AsNoTracking().Where(s => s.EncounterId == id).OrderByDescending(s => s.CreatedAt).Select(s => s.Id).FirstOrDefaultAsync(ct);
        var suggested = latestSet == Guid.Empty ? [] : await db.SuggestedCodes.AsNoTracking().Where(c => c.SetId == latestSet).Select(c => c.DisplayCode).ToListAsync(ct);
        var codes = encounter.Diagnoses.Select(d => d.Code.ToString()).Concat(suggested).Distinct().ToList();
        var items = observations.Select(o => new EvidenceItem(o.Id, o.Kind, o.CodeSystem, o.Code, o.Display, o.Value, o.Unit, o.ReferenceRange, o.Interpretation,
            o.Interpretation is not (AbnormalFlag.None or AbnormalFlag.Normal), o.Impression, o.EffectiveAt, o.Source)).ToList();
        return TypedResults.Ok(new EncounterEvidence(id, items, EvidenceHints.For(codes, observations)));
    }
}
