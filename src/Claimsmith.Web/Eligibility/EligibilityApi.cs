using Claimsmith.Billing;
using Claimsmith.Billing.Claims.Export;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Claims;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Eligibility;

/// <summary>
/// Eligibility: <c>POST /api/eligibility/checks</c> builds the 270 for a coverage and date of
/// service, records the check and hands the file to the clearinghouse connection (the file-drop
/// one when <c>Claimsmith:Clearinghouse:Outbox</c>/<c>Inbox</c> are set); the 271 comes back
/// through <c>POST /api/eligibility/checks/{id}/271</c> (raw X12 body) and is stored as plain
/// benefits.
/// </summary>
internal static class EligibilityApi
{
    /// <summary>Configuration of the built-in file-drop clearinghouse connection.</summary>
    public const string OutboxKey = "Claimsmith:Clearinghouse:Outbox";

    /// <summary>Inbox folder of the file-drop connection.</summary>
    public const string InboxKey = "Claimsmith:Clearinghouse:Inbox";

    /// <summary>Registers the file-drop connection when its folders are configured.</summary>
    public static IServiceCollection AddClearinghouse(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[OutboxKey] is { Length: > 0 } outbox && configuration[InboxKey] is { Length: > 0 } inbox)
        {
            services.AddSingleton<IClearinghouseConnection>(new FileDropConnection(outbox, inbox));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapEligibilityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/eligibility/checks").WithTags("Eligibility").Audited("EligibilityCheck", "eligibility");
        api.MapPost("/", Request).RequireAuthorization(Policies.Billing);
        api.MapGet("/", List).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/{id:guid}/270", Download).RequireAuthorization(Policies.BillingRead);
        api.MapPost("/{id:guid}/271", Answer).RequireAuthorization(Policies.Billing);
        return app;
    }

    internal static async Task<Results<Created<EligibilityCheckResponse>, ValidationProblem>> Request(
        EligibilityCheckRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, IConfiguration configuration, IServiceProvider services, CancellationToken ct)
    {
        var v = new Validation();
        if (request.CoverageId is not { } coverageId)
        {
            v.Add("coverageId", "Required.");
        }

        if (request.DateOfService is not { } date)
        {
            v.Add("dateOfService", "Required.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var settings = configuration.GetSection(ClaimBatchesApi.SettingsSection).Get<Claim837ExportSettings>() ?? Claim837ExportSettings.Demo;
        var result = await EligibilityChecks.RequestAsync(db, request.CoverageId!.Value, request.DateOfService!.Value, settings,
            services.GetService<IClearinghouseConnection>(), http.Actor(), clock, ct);
        if (result.Check is null)
        {
            v.AddIssues(result.Issues);
            return TypedResults.ValidationProblem(v.Errors);
        }

        return TypedResults.Created($"/api/eligibility/checks/{result.Check.Id}", EligibilityCheckResponse.From(result.Check, result.SentAs));
    }

    internal static async Task<Ok<Page<EligibilityCheckResponse>>> List(ClaimsmithDbContext db, Guid? patientId, Guid? coverageId, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.EligibilityChecks.AsNoTracking();
        if (patientId is not null)
        {
            query = query.Where(c => c.PatientId == patientId);
        }

        if (coverageId is not null)
        {
            query = query.Where(c => c.CoverageId == coverageId);
        }

        var paged = await Paging.From(page, pageSize).ApplyAsync(query.OrderByDescending(c => c.RequestedAt), ct);
        return TypedResults.Ok(new Page<EligibilityCheckResponse>(paged.Items.Select(c => EligibilityCheckResponse.From(c, null)).ToList(), paged.PageNumber, paged.PageSize, paged.Total));
    }

    internal static async Task<Results<Ok<EligibilityCheckResponse>, NotFound>> Get(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var check = await db.EligibilityChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return check is null ? TypedResults.NotFound() : TypedResults.Ok(EligibilityCheckResponse.From(check, null));
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var check = await db.EligibilityChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return check is null ? TypedResults.NotFound() : TypedResults.File(check.Request, "application/edi-x12", $"270-{check.TraceNumber}.x12");
    }

    internal static async Task<Results<Ok<EligibilityCheckResponse>, NotFound, ValidationProblem>> Answer(Guid id, HttpRequest request, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.EligibilityChecks.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var content = await UploadBody.ReadAsync(request, ct);
        var result = await EligibilityChecks.RecordResponseAsync(db, content, id, clock, ct);
        var answer = result.Answers.FirstOrDefault(a => a.Check?.Id == id);
        if (answer is null)
        {
            var v = new Validation();
            v.AddIssues(result.Issues);
            if (v.IsValid)
            {
                v.Add("file", "The 271 does not answer this check (no member with its trace number).");
            }

            return TypedResults.ValidationProblem(v.Errors);
        }

        return TypedResults.Ok(EligibilityCheckResponse.From(answer.Check!, null));
    }
}
