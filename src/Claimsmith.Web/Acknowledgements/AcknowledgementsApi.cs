using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Acknowledgements;

/// <summary>
/// Acknowledgements: <c>POST /api/acknowledgements</c> takes a 999 or 277CA (the raw X12 as the
/// body) and applies it to our claims (idempotent by the file's hash); the received files are
/// listed with what each said; <c>GET /api/claims/rejected</c> is the work queue of rejected
/// claims with the reason, age and amount, oldest first.
/// </summary>
internal static class AcknowledgementsApi
{
    public static IEndpointRouteBuilder MapAcknowledgementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/acknowledgements").WithTags("Acknowledgements").Audited("AcknowledgementFile", "acknowledgement");
        api.MapPost("/", Upload).RequireAuthorization(Policies.Billing);
        api.MapGet("/", List).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.BillingRead);

        var queue = app.MapGroup("/api/claims/rejected").WithTags("Acknowledgements").Audited("Claim", "claim.rejected");
        queue.MapGet("/", Rejected).RequireAuthorization(Policies.BillingRead);
        return app;
    }

    internal static async Task<Results<Ok<AcknowledgementUploadResponse>, ValidationProblem>> Upload(HttpRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var content = await UploadBody.ReadAsync(request, ct);
        var v = new Validation();
        if (content.Length == 0)
        {
            v.Add("file", "Send the 999 or 277CA file as the request body.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var result = await AcknowledgementIntake.ApplyAsync(db, content, http.Actor(), clock, ct);
        if (result.File is null)
        {
            v.AddIssues(result.Issues);
            return TypedResults.ValidationProblem(v.Errors);
        }

        return TypedResults.Ok(new AcknowledgementUploadResponse(
            result.File.Id, result.File.Kind, result.File.ReceivedAt, result.AlreadyReceived,
            result.File.Results.Select(ResultRow.From).ToList(),
            result.Issues.Select(i => $"{i.Code} at {i.Location}: {i.Message}").ToList()));
    }

    internal static async Task<Ok<Page<AcknowledgementFileRow>>> List(ClaimsmithDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        var rows = db.AcknowledgementFiles.AsNoTracking().OrderByDescending(f => f.ReceivedAt)
            .Select(f => new AcknowledgementFileRow(f.Id, f.Kind, f.ControlNumber, f.ReceivedAt, f.ReceivedBy, f.ResultCount,
                f.Results.Count(r => r.Verdict == AcknowledgementVerdict.Accepted), f.Results.Count(r => r.Verdict == AcknowledgementVerdict.Rejected)));
        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(rows, ct));
    }

    internal static async Task<Results<Ok<AcknowledgementFileDetail>, NotFound>> Get(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var file = await db.AcknowledgementFiles.AsNoTracking().Include(f => f.Results).FirstOrDefaultAsync(f => f.Id == id, ct);
        return file is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new AcknowledgementFileDetail(file.Id, file.Kind, file.ControlNumber, file.Sha256, file.ReceivedAt, file.ReceivedBy,
                file.Results.OrderBy(r => r.Reference, StringComparer.Ordinal).Select(ResultRow.From).ToList()));
    }

    internal static async Task<Ok<Page<RejectedClaimRow>>> Rejected(ClaimsmithDbContext db, TimeProvider clock, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize);

        // Oldest rejection first: the work that has waited longest. The latest move to Rejected
        // of each claim that is still rejected (sorted here: SQLite stores instants as numbers).
        var rejections = (await db.ClaimStatusChanges.AsNoTracking()
                .Where(h => h.To == ClaimStatus.Rejected && h.From != ClaimStatus.Rejected && db.Claims.Any(c => c.Id == h.ClaimId && c.Status == ClaimStatus.Rejected))
                .Select(h => new { h.ClaimId, h.At })
                .ToListAsync(ct))
            .GroupBy(h => h.ClaimId).Select(g => (ClaimId: g.Key, At: g.Max(h => h.At)))
            .OrderBy(x => x.At).ThenBy(x => x.ClaimId)
            .ToList();
        var total = rejections.Count;
        var pageRows = rejections.Skip((paging.PageNumber - 1) * paging.PageSize).Take(paging.PageSize).ToList();
        var pageIds = pageRows.Select(r => r.ClaimId).ToList();
        var byId = await db.Claims.AsNoTracking().Where(c => pageIds.Contains(c.Id))
            .Select(c => new { c.Id, c.ClaimNumber, c.PatientId, PayerName = c.Payer.Name, c.ServiceFrom })
            .ToDictionaryAsync(c => c.Id, ct);
        var claims = pageRows.Where(r => byId.ContainsKey(r.ClaimId)).Select(r => (Claim: byId[r.ClaimId], RejectedAt: r.At)).ToList();
        var ids = pageIds;
        var charges = (await db.ClaimLines.AsNoTracking().Where(l => ids.Contains(l.ClaimId)).Select(l => new { l.ClaimId, l.Charge }).ToListAsync(ct))
            .GroupBy(l => l.ClaimId).ToDictionary(g => g.Key, g => Money.Sum(g.Select(l => l.Charge)));
        var reasons = (await db.AcknowledgementResults.AsNoTracking().Where(r => r.ClaimId != null && ids.Contains(r.ClaimId.Value) && r.Verdict == AcknowledgementVerdict.Rejected).ToListAsync(ct))
            .GroupBy(r => r.ClaimId!.Value).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.At).First());
        var notes = (await db.ClaimStatusChanges.AsNoTracking().Where(h => ids.Contains(h.ClaimId) && h.To == ClaimStatus.Rejected).ToListAsync(ct))
            .GroupBy(h => h.ClaimId).ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.At).First().Note);
        var now = clock.GetUtcNow();
        var rows = claims.Select(x =>
        {
            var c = x.Claim;
            reasons.TryGetValue(c.Id, out var reason);
            return new RejectedClaimRow(
                c.Id, c.ClaimNumber, c.PatientId, c.PayerName, c.ServiceFrom, charges.GetValueOrDefault(c.Id).Amount, x.RejectedAt, (int)(now - x.RejectedAt).TotalDays,
                reason?.Codes, reason?.Explanation ?? notes.GetValueOrDefault(c.Id) ?? "Rejected (no acknowledgement on file).", reason?.FileId);
        }).ToList();
        return TypedResults.Ok(new Page<RejectedClaimRow>(rows, paging.PageNumber, paging.PageSize, total));
    }
}
