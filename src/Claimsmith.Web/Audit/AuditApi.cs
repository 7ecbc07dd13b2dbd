using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Audit;

/// <summary>
/// The audit log for auditors and admins: search, CSV export and chain verification. A user
/// limited to some organizations sees the entries of those organizations; reading the log is
/// itself recorded.
/// </summary>
internal static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.Audit).Audited("AuditEntry", "audit");
        api.MapGet("/", Search).WithAuditAction("audit.search");
        api.MapGet("/export.csv", Export).WithAuditAction("audit.export");
        api.MapGet("/verify", Verify).WithAuditAction("audit.verify");
        return app;
    }

    internal sealed record VerifyResponse(bool Valid, long EntryCount, long HeadSequence, string HeadHash, IReadOnlyList<AuditProblem> Problems);

    internal static async Task<Ok<Page<AuditEntry>>> Search(
        ClaimsmithDbContext db, DateTimeOffset? from, DateTimeOffset? to, string? user, string? action, Guid? organizationId,
        string? recordId, AuditOutcome? outcome, int? page, int? pageSize, CancellationToken ct)
    {
        var query = Scoped(db, new AuditQuery(from, to, user, action, organizationId, recordId, outcome));
        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(query, ct));
    }

    internal static async Task Export(
        HttpContext http, ClaimsmithDbContext db, DateTimeOffset? from, DateTimeOffset? to, string? user, string? action, Guid? organizationId,
        string? recordId, AuditOutcome? outcome, CancellationToken ct)
    {
        var query = Scoped(db, new AuditQuery(from, to, user, action, organizationId, recordId, outcome));
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"claimsmith-audit.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, leaveOpen: true);
        await AuditCsv.WriteAsync(writer, query.AsAsyncEnumerable(), ct);
        await writer.FlushAsync(ct);
    }

    internal static async Task<Ok<VerifyResponse>> Verify(ClaimsmithDbContext db, CancellationToken ct)
    {
        var result = await AuditLog.VerifyAsync(db, ct);
        return TypedResults.Ok(new VerifyResponse(result.IsValid, result.EntryCount, result.HeadSequence, result.HeadHash, result.Problems));
    }

    private static IQueryable<AuditEntry> Scoped(ClaimsmithDbContext db, AuditQuery query)
    {
        var entries = AuditLog.Search(db, query);
        if (!db.OrganizationScope.IsUnrestricted)
        {
            var orgs = db.OrganizationScope.OrganizationIds.ToList();
            entries = entries.Where(e => e.OrganizationId != null && orgs.Contains(e.OrganizationId.Value));
        }

        return entries;
    }
}
