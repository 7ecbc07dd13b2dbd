using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Remittance;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Remittance;

/// <summary>
/// 835 remittances: upload a file for a preview (what would post, balanced or not, per claim)
/// without posting; post it (only what balances, exactly once per payer and trace number); list
/// remittances; the exceptions queue (unmatched or unbalanced claim payments, rejected files) and
/// resolving an exception by matching it to a claim by hand. The body of an upload is the 835 itself.
/// </summary>
internal static class RemittanceApi
{
    /// <summary>The largest 835 accepted in one request.</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapRemittanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/remittances").WithTags("Remittances").Audited("Remittance", "remittance");
        api.MapPost("/preview", Preview).RequireAuthorization(Policies.Billing);
        api.MapPost("/", Post).RequireAuthorization(Policies.Billing);
        api.MapGet("/", List).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/exceptions", Exceptions).RequireAuthorization(Policies.BillingRead);
        api.MapPost("/exceptions/{id:guid}/resolve", Resolve).RequireAuthorization(Policies.Billing);
        return app;
    }

    /// <summary>A remittance in a list.</summary>
    internal sealed record RemittanceSummary(Guid Id, string PayerKey, string? PayerName, string TraceNumber, decimal PaymentAmount, DateOnly? PaymentDate,
        RemittanceStatus Status, int ClaimCount, DateTimeOffset ReceivedAt, string FileSha256);

    /// <summary>A remittance with its claim payments and PLB adjustments.</summary>
    internal sealed record RemittanceDetail(RemittanceSummary Remittance, IReadOnlyList<AdjudicationSummary> Claims, IReadOnlyList<ProviderAdjustmentView> ProviderAdjustments);

    /// <summary>One claim payment.</summary>
    internal sealed record AdjudicationSummary(Guid Id, int Sequence, string ClaimNumber, Guid? ClaimId, string StatusCode, decimal Charge, decimal Paid,
        decimal? PatientResponsibility, string? PayerClaimControlNumber, AdjudicationState State, string? ExceptionCode, string? ExceptionMessage);

    /// <summary>One PLB adjustment.</summary>
    internal sealed record ProviderAdjustmentView(string ReasonCode, string Description, string? Reference, decimal Amount);

    /// <summary>The exceptions queue: claim payments waiting and files rejected.</summary>
    internal sealed record ExceptionsQueue(IReadOnlyList<AdjudicationSummary> Claims, IReadOnlyList<RejectionView> RejectedFiles);

    /// <summary>A rejected remittance.</summary>
    internal sealed record RejectionView(Guid Id, string PayerKey, string TraceNumber, decimal PaymentAmount, string Code, string Reason, DateTimeOffset ReceivedAt);

    /// <summary>Body of a hand resolution: the claim number the payment belongs to.</summary>
    internal sealed record ResolveRequest(string? ClaimNumber);

    internal static async Task<Results<Ok<RemittanceFileResult>, ValidationProblem>> Preview(HttpRequest request, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (bytes, invalid) = await ReadBodyAsync(request, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        return TypedResults.Ok(await new RemittancePostingService(db, clock).PreviewFileAsync(bytes!, cancellationToken: ct));
    }

    internal static async Task<Results<Ok<RemittanceFileResult>, ValidationProblem>> Post(HttpRequest request, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (bytes, invalid) = await ReadBodyAsync(request, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        // A user who works for one organization uploads that organization's remittances.
        var scope = db.OrganizationScope;
        Guid? organization = !scope.IsUnrestricted && scope.OrganizationIds.Count == 1 ? scope.OrganizationIds.ElementAt(0) : null;
        var result = await new RemittancePostingService(db, clock).PostFileAsync(bytes!, request.HttpContext.Actor(), organization, ct);
        return TypedResults.Ok(result);
    }

    internal static async Task<Ok<Page<RemittanceSummary>>> List(ClaimsmithDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        var result = await Paging.From(page, pageSize).ApplyAsync(db.RemittanceAdvices.AsNoTracking().OrderByDescending(r => r.ReceivedAt), ct);
        return TypedResults.Ok(new Page<RemittanceSummary>([.. result.Items.Select(Summary)], result.PageNumber, result.PageSize, result.Total));
    }

    internal static async Task<Results<Ok<RemittanceDetail>, NotFound>> Get(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var r = await db.RemittanceAdvices.AsNoTracking().Include(x => x.ProviderAdjustments).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return TypedResults.NotFound();
        }

        var claims = await db.ClaimAdjudications.AsNoTracking().Where(a => a.RemittanceId == id).OrderBy(a => a.Sequence).ToListAsync(ct);
        return TypedResults.Ok(new RemittanceDetail(Summary(r), [.. claims.Select(Adjudication)],
            [.. r.ProviderAdjustments.Select(p => new ProviderAdjustmentView(p.ReasonCode, p.Description, p.Reference, p.Amount.Amount))]));
    }

    internal static async Task<Ok<ExceptionsQueue>> Exceptions(ClaimsmithDbContext db, CancellationToken ct)
    {
        var claims = await db.ClaimAdjudications.AsNoTracking().Where(a => a.State == AdjudicationState.Exception)
            .OrderBy(a => a.RemittanceId).ThenBy(a => a.Sequence).Take(500).ToListAsync(ct);
        var rejected = await db.RemittanceRejections.AsNoTracking().OrderByDescending(r => r.ReceivedAt).Take(200).ToListAsync(ct);
        return TypedResults.Ok(new ExceptionsQueue([.. claims.Select(Adjudication)],
            [.. rejected.Select(r => new RejectionView(r.Id, r.PayerKey, r.TraceNumber, r.PaymentAmount.Amount, r.Code, r.Reason, r.ReceivedAt))]));
    }

    internal static async Task<Results<Ok<AdjudicationSummary>, NotFound, ValidationProblem>> Resolve(Guid id, ResolveRequest body, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (string.IsNullOrWhiteSpace(body.ClaimNumber))
        {
            v.Add("claimNumber", "Required: the claim number (CLM01) this payment belongs to.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        if (!await db.ClaimAdjudications.AnyAsync(a => a.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var issue = await new RemittancePostingService(db, clock).ResolveExceptionAsync(id, body.ClaimNumber.Trim(), http.Actor(), ct);
        if (issue is not null)
        {
            v.Add(issue.Location, $"{issue.Code}: {issue.Message}");
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.ChangeTracker.Clear();
        return TypedResults.Ok(Adjudication(await db.ClaimAdjudications.AsNoTracking().SingleAsync(a => a.Id == id, ct)));
    }

    private static RemittanceSummary Summary(RemittanceAdvice r) =>
        new(r.Id, r.PayerKey, r.PayerName, r.TraceNumber, r.PaymentAmount.Amount, r.PaymentDate, r.Status, r.ClaimCount, r.ReceivedAt, r.FileSha256);

    private static AdjudicationSummary Adjudication(ClaimAdjudication a) =>
        new(a.Id, a.Sequence, a.PatientControlNumber, a.ClaimId, a.StatusCode, a.Charge.Amount, a.Paid.Amount, a.PatientResponsibility?.Amount,
            a.PayerClaimControlNumber, a.State, a.ExceptionCode, a.ExceptionMessage);

    private static async Task<(byte[]? Bytes, ValidationProblem? Invalid)> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > MaxFileBytes)
            {
                return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"At most {MaxFileBytes} bytes."] }));
            }
        }

        if (buffer.Length == 0)
        {
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The request body must be the 835 file."] }));
        }

        return (buffer.ToArray(), null);
    }
}
