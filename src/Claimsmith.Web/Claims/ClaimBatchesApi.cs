using Claimsmith.Billing;
using Claimsmith.Billing.Claims.Export;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Claims;

/// <summary>
/// 837 batches: <c>POST /api/claims/batches</c> exports Ready claims of one kind as one
/// 837P/837I interchange, refuses it unless the X12 validator accepts it, and otherwise records
/// the batch and moves its claims Ready to Submitted in one transaction;
/// <c>GET /api/claims/batches/{id}/file</c> downloads the bytes as released.
/// </summary>
internal static class ClaimBatchesApi
{
    /// <summary>The 837 implementation guides recommend at most 5,000 claims (CLM) per transaction set.</summary>
    public const int MaxClaimsPerBatch = Claim837Exporter.MaxClaimsPerTransaction;

    /// <summary>Configuration section with the clearinghouse enrolment (<see cref="Claim837ExportSettings"/>).</summary>
    public const string SettingsSection = "Claimsmith:Submitter837";

    public static IEndpointRouteBuilder MapClaimBatchesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/claims/batches").WithTags("Claim batches").Audited("ClaimBatch", "claim-batch");
        api.MapPost("/", Create).RequireAuthorization(Policies.Billing);
        api.MapGet("/", List).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/{id:guid}/file", File).RequireAuthorization(Policies.BillingRead);
        return app;
    }

    internal static async Task<Results<Created<ClaimBatchSummary>, ValidationProblem, ProblemHttpResult>> Create(
        CreateBatchRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, IConfiguration configuration, CancellationToken ct)
    {
        var prepared = await PrepareAsync(request, db, configuration, clock, ct);
        if (prepared.Refusal is { } refusal)
        {
            return refusal;
        }

        if (prepared.Invalid is { } invalid)
        {
            return invalid;
        }

        var batch = await CommitAsync(db, prepared.Claims!, prepared.Export!, prepared.ControlNumber, http.Actor(), clock, ct);
        if (batch is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A claim in the batch was changed by someone else.",
                detail: "Nothing was recorded and no claim was submitted; export again.", type: "https://claimsmith.dev/problems/concurrency");
        }

        return TypedResults.Created($"/api/claims/batches/{batch.Id}", Summary(batch));
    }

    /// <summary>What <see cref="PrepareAsync"/> found: a validated export, or why there is none.</summary>
    internal sealed record Prepared(List<Claim>? Claims, Claim837Batch? Export, long ControlNumber, ValidationProblem? Invalid, ProblemHttpResult? Refusal);

    /// <summary>Loads the claims (tracked, for the status change) and exports and validates them; records nothing.</summary>
    internal static async Task<Prepared> PrepareAsync(CreateBatchRequest request, ClaimsmithDbContext db, IConfiguration configuration, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            v.Add("kind", "Required: Professional (837P) or Institutional (837I).");
            return new(null, null, 0, TypedResults.ValidationProblem(v.Errors), null);
        }

        var ids = request.ClaimIds?.Distinct().ToList();
        if (ids is { Count: > MaxClaimsPerBatch })
        {
            v.Add("claimIds", $"At most {MaxClaimsPerBatch} claims per batch.");
            return new(null, null, 0, TypedResults.ValidationProblem(v.Errors), null);
        }

        var query = db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery();
        List<Claim> claims;
        if (ids is { Count: > 0 })
        {
            claims = await query.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
            foreach (var missing in ids.Except(claims.Select(c => c.Id)))
            {
                v.Add("claimIds", $"No claim {missing}.");
            }

            foreach (var c in claims.Where(c => c.Status != ClaimStatus.Ready || c.Kind != kind))
            {
                v.Add("claimIds", $"Claim {c.ClaimNumber} is a {c.Status} {c.Kind} claim; a {kind} batch takes Ready {kind} claims only.");
            }

            if (!v.IsValid)
            {
                return new(null, null, 0, TypedResults.ValidationProblem(v.Errors), null);
            }
        }
        else
        {
            claims = await query.Where(c => c.Status == ClaimStatus.Ready && c.Kind == kind)
                .OrderBy(c => c.ClaimNumber).Take(MaxClaimsPerBatch).ToListAsync(ct);
        }

        if (claims.Count == 0)
        {
            return new(null, null, 0, null, TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: $"No Ready {kind} claims to export.", type: "https://claimsmith.dev/problems/batch-empty"));
        }

        claims.Sort((a, b) => string.CompareOrdinal(a.ClaimNumber, b.ClaimNumber));
        foreach (var c in claims)
        {
            c.Lines.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
            c.Diagnoses.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        }

        var settings = configuration.GetSection(SettingsSection).Get<Claim837ExportSettings>() ?? Claim837ExportSettings.Demo;
        // The control number comes from its own sequence outside the batch's transaction: a
        // refused or rolled-back batch leaves a gap, never a reused ISA13.
        var control = await db.NextInterchangeControlNumberAsync(ct);
        var export = Claim837Exporter.Export(claims, kind, settings, clock.GetUtcNow(), control);
        if (!export.IsAccepted)
        {
            var errors = export.Validation.Errors.Take(200).Select(e => new { code = e.Code, location = e.Location, message = e.Message }).ToArray();
            return new(null, null, control, null, TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The batch did not pass the X12 validator; nothing was recorded.", type: "https://claimsmith.dev/problems/batch-invalid",
                extensions: new Dictionary<string, object?> { ["errors"] = errors, ["errorCount"] = export.Validation.Errors.Count() }));
        }

        return new(claims, export, control, null, null);
    }

    /// <summary>
    /// Records the batch and moves each claim Ready to Submitted (with its history) in ONE
    /// SaveChanges, i.e. one transaction. Each claim's version is checked: if anyone changed a
    /// claim since it was loaded, nothing is saved and the result is null.
    /// </summary>
    internal static async Task<ClaimBatch?> CommitAsync(ClaimsmithDbContext db, List<Claim> claims, Claim837Batch export, long controlNumber, string actor, TimeProvider clock, CancellationToken ct)
    {
        var batch = ClaimBatch.Create(controlNumber, export.Kind, export.Bytes, claims.Select(c => c.Id), actor, clock);
        foreach (var claim in claims)
        {
            if (claim.TransitionTo(ClaimStatus.Submitted, actor, clock, $"837 batch {controlNumber}") is { } refused)
            {
                throw new InvalidOperationException(refused.Message);
            }

            db.Touch(claim);
        }

        db.ClaimBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return null;
        }

        return batch;
    }

    internal static async Task<Ok<Page<ClaimBatchSummary>>> List(ClaimsmithDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        // The file bytes stay in the database: the list projects the metadata only.
        var rows = db.ClaimBatches.AsNoTracking().OrderByDescending(b => b.ControlNumber)
            .Select(b => new ClaimBatchSummary(b.Id, b.ControlNumber, b.Kind, b.Status, b.CreatedAt, b.CreatedBy, b.ClaimCount, b.Sha256,
                "/api/claims/batches/" + b.Id + "/file", null));
        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(rows, ct));
    }

    internal static async Task<Results<Ok<ClaimBatchSummary>, NotFound>> Get(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var batch = await db.ClaimBatches.AsNoTracking().Include(b => b.Claims).FirstOrDefaultAsync(b => b.Id == id, ct);
        return batch is null ? TypedResults.NotFound() : TypedResults.Ok(Summary(batch));
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> File(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var batch = await db.ClaimBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        return batch is null ? TypedResults.NotFound() : TypedResults.File(batch.Content, "application/edi-x12", batch.FileName);
    }

    private static ClaimBatchSummary Summary(ClaimBatch b) => new(
        b.Id, b.ControlNumber, b.Kind, b.Status, b.CreatedAt, b.CreatedBy, b.ClaimCount, b.Sha256,
        $"/api/claims/batches/{b.Id}/file", b.Claims.Select(c => c.ClaimId).ToList());
}
