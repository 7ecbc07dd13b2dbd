using Claimsmith.Web.Audit;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Claims;

/// <summary>
/// The claim scrubber over the API: <c>POST /api/claims/{id}/scrub</c> for one claim,
/// <c>POST /api/claims/scrub</c> for every Ready claim (or a status, a kind, named claims), and
/// overrides of findings with the reason (<c>/api/claims/{id}/scrub/overrides</c>). Marking a
/// claim ready runs the same scrub (<see cref="ClaimsApi.MarkReady"/>).
/// </summary>
internal static class ClaimScrubApi
{
    /// <summary>At most this many claims in one batch scrub (as in one 837 batch).</summary>
    public const int MaxClaimsPerScrub = ClaimBatchesApi.MaxClaimsPerBatch;

    public static IServiceCollection AddClaimScrubbing(this IServiceCollection services)
    {
        services.AddSingleton<ClaimScrubService>();
        return services;
    }

    public static IEndpointRouteBuilder MapClaimScrubApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/claims").WithTags("Claim scrubber").Audited("Claim", "claim-scrub");
        api.MapPost("/{id:guid}/scrub", Scrub).RequireAuthorization(Policies.Billing)
            .WithSummary("Scrub one claim")
            .WithDescription("Runs every edit (ICD-10-CM, NCCI PTP/MUE, MPFS indicators, modifiers, completeness, duplicates and global periods against the patient's earlier claims, timely filing, payer rules) and returns each finding with its stable rule id, severity, line, message, source and fix; overridden findings are listed apart with who, when and why.");
        api.MapPost("/scrub", ScrubMany).RequireAuthorization(Policies.Billing)
            .WithSummary("Scrub many claims")
            .WithDescription("Every claim with `status` (default Ready), optionally of one `kind` or only `claimIds`; at most 5,000. Returns the counts and each claim's findings.");
        api.MapPost("/{id:guid}/scrub/overrides", Override).RequireAuthorization(Policies.Billing)
            .WithSummary("Override a finding with the reason")
            .WithDescription("Names a current finding by `ruleId`, `line` (0 for the claim) and `code` when it has one; the override is recorded with the user and time and the finding no longer blocks the claim.");
        api.MapGet("/{id:guid}/scrub/overrides", Overrides).RequireAuthorization(Policies.Read)
            .WithSummary("Overrides recorded on a claim");
        return app;
    }

    internal static ProblemHttpResult NoSnapshot(ClaimScrubService scrubber) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "No code sets imported: claims cannot be scrubbed",
            detail: $"No code-set snapshot at {scrubber.SnapshotPath}. Run 'claimsmith codes import' (see README, 'Importing the official code sets').",
            type: "https://claimsmith.dev/problems/no-snapshot");

    internal static async Task<Results<Ok<ClaimScrubReport>, NotFound, ProblemHttpResult>> Scrub(Guid id, ClaimsmithDbContext db, ClaimScrubService scrubber, CancellationToken ct)
    {
        var claim = await ClaimsApi.LoadAsync(db, id, tracked: false, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        var reports = await scrubber.ScrubAsync(db, [claim], ct);
        return reports is null ? NoSnapshot(scrubber) : TypedResults.Ok(reports[0]);
    }

    internal static async Task<Results<Ok<BatchScrubReport>, ValidationProblem, ProblemHttpResult>> ScrubMany(BatchScrubRequest? request, ClaimsmithDbContext db, ClaimScrubService scrubber, CancellationToken ct)
    {
        var status = request?.Status ?? ClaimStatus.Ready;
        var query = db.Claims.AsNoTracking().Where(c => c.Status == status);
        if (request?.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (request?.ClaimIds is { Count: > 0 } ids)
        {
            query = query.Where(c => ids.Contains(c.Id));
        }

        var count = await query.CountAsync(ct);
        if (count > MaxClaimsPerScrub)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["status"] = [$"{count} claims match; scrub at most {MaxClaimsPerScrub} at a time (name a kind or claimIds)."] },
                title: "Too many claims.");
        }

        var claims = await query.Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery().OrderBy(c => c.ClaimNumber).ToListAsync(ct);
        var reports = await scrubber.ScrubAsync(db, claims, ct);
        if (reports is null)
        {
            return NoSnapshot(scrubber);
        }

        return TypedResults.Ok(new BatchScrubReport(
            reports.Count,
            reports.Count(r => r.HasErrors),
            reports.Count(r => !r.HasErrors && r.Warnings > 0),
            reports.Count(r => r.Findings.Count == 0),
            reports));
    }

    internal static async Task<Results<Created<ScrubOverride>, NotFound, ValidationProblem, ProblemHttpResult>> Override(
        Guid id, ScrubOverrideRequest request, ClaimsmithDbContext db, ClaimScrubService scrubber, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var claim = await ClaimsApi.LoadAsync(db, id, tracked: false, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var ruleId = v.Required("ruleId", request.RuleId, 100);
        var reason = v.Required("reason", request.Reason, 1000);
        var line = request.Line ?? 0;
        if (line < 0)
        {
            v.Add("line", "0 for the claim, or a line number.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        // Overrides are decided before the claim leaves: on a draft, a ready claim or a rejected one being fixed.
        if (claim.Status is not (ClaimStatus.Draft or ClaimStatus.Ready or ClaimStatus.Rejected))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Findings of a {claim.Status} claim cannot be overridden.", type: "https://claimsmith.dev/problems/claim-locked");
        }

        var reports = await scrubber.ScrubAsync(db, [claim], ct);
        if (reports is null)
        {
            return NoSnapshot(scrubber);
        }

        // The override names a finding the claim has now, so the record says exactly what was overridden.
        var code = string.IsNullOrWhiteSpace(request.Code) ? null : request.Code.Trim();
        var matches = reports[0].Findings.Concat(reports[0].Overridden)
            .Where(f => f.RuleId == ruleId && f.Line == line && (code is null || string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(f => f.Code)
            .ToList();
        if (matches.Count != 1)
        {
            v.Add(matches.Count == 0 ? "ruleId" : "code", matches.Count == 0
                ? $"The claim has no finding {ruleId} on line {line}{(code is null ? "" : $" for {code}")}."
                : $"Several findings {ruleId} on line {line}: name the code ({string.Join(", ", matches.Select(m => m.Code))}).");
            return TypedResults.ValidationProblem(v.Errors, title: "No such finding.");
        }

        var entry = new ScrubOverride
        {
            ClaimId = claim.Id,
            RuleId = ruleId,
            Line = line,
            Code = matches[0].Code,
            Reason = reason,
            By = http.Actor(),
            At = clock.GetUtcNow(),
        };
        db.ScrubOverrides.Add(entry);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/claims/{claim.Id}/scrub/overrides", entry);
    }

    internal static async Task<Results<Ok<List<ScrubOverride>>, NotFound>> Overrides(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var rows = await db.ScrubOverrides.AsNoTracking().Where(o => o.ClaimId == id).ToListAsync(ct);
        return TypedResults.Ok(rows.OrderBy(o => o.At).ThenBy(o => o.Id).ToList());
    }
}
