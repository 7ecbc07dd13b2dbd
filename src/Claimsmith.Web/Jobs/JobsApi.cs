using System.Security.Claims;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Claims;
using Claimsmith.Web.CodeSets;
using Claimsmith.Web.Coding;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Jobs;

/// <summary>
/// The workbench's background jobs over the API: <c>GET /api/jobs</c> (the caller's and their
/// organizations' recent jobs), <c>GET /api/jobs/{id}</c> (one job's progress),
/// <c>POST /api/jobs/{id}/cancel</c>, and the starts of the batch work that has no other home:
/// <c>POST /api/jobs/claim-scrub</c> and <c>POST /api/jobs/coding-suggestions</c>. Posting an 835
/// starts from its upload (<c>/api/remittances/uploads/{id}/post</c>) and is listed here too. A job
/// of another organization is answered 404, like any record outside the caller's scope.
/// </summary>
internal static class JobsApi
{
    public static IServiceCollection AddWorkbenchJobs(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(WorkbenchJobs)))
        {
            return services;
        }

        services.AddSingleton<WorkbenchJobs>();
        // A hosted service too, so that a shutdown stops the jobs between items and says so.
        services.AddHostedService(sp => sp.GetRequiredService<WorkbenchJobs>());
        return services;
    }

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Jobs").Audited("WorkbenchJob", "job");
        jobs.MapGet("/", List).RequireAuthorization(Policies.Read)
            .WithSummary("Background jobs running or finished recently")
            .WithDescription("The caller's own jobs with `mine=true`, else every job of the caller's organizations (posting jobs only for roles that read billing), newest first.");
        jobs.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read).WithSummary("One job's progress, counts and per-item errors");
        jobs.MapPost("/{id:guid}/cancel", Cancel).RequireAuthorization(Policies.Read)
            .WithSummary("Stop a job before its next item (who started it, or an administrator)");
        jobs.MapPost("/claim-scrub", StartClaimScrub).RequireAuthorization(Policies.Billing).WithAuditAction("job.claim-scrub.create")
            .WithSummary("Scrub many claims in the background")
            .WithDescription($"The named `claimIds`, or every claim matching `filter` (the claims list's filter); at most {ClaimScrubJob.MaxClaims}. Answers the job to poll.");
        jobs.MapPost("/coding-suggestions", StartCodingSuggestions).RequireAuthorization(Policies.Coding).WithAuditAction("job.coding-suggestions.create")
            .WithSummary("Suggest codes for many encounters in the background")
            .WithDescription($"The named `encounterIds`, or every waiting encounter with notes and no suggestions yet matching `filter` (the coding queue's filter); at most {CodingSuggestionJob.MaxEncounters}. Answers the job to poll.");
        return app;
    }

    /// <summary>Posting jobs name checks and payments: listed only to roles that read billing, like the remittance screens.</summary>
    internal static bool MayRead(JobKind kind, ClaimsPrincipal user) => kind switch
    {
        JobKind.RemittancePosting => Policies.Roles[Policies.BillingRead].Any(user.IsInRole),
        _ => true,
    };

    private static WorkbenchJob? Visible(Guid id, ClaimsmithDbContext db, HttpContext http, WorkbenchJobs jobs) =>
        jobs.Find(id, http.Actor(), db.OrganizationScope) is { } job && MayRead(job.Kind, http.User) ? job : null;

    internal static JobView ViewFor(WorkbenchJob job, HttpContext http) =>
        job.View(job.CancellableBy(http.Actor(), http.User.IsInRole(ClaimsmithRoles.Admin)));

    /// <summary>202 with the job to poll at <c>/api/jobs/{id}</c>.</summary>
    private static Accepted<JobView> AcceptedJob(WorkbenchJob job, HttpContext http) => TypedResults.Accepted($"/api/jobs/{job.Id}", ViewFor(job, http));

    /// <summary>
    /// What a batch start names: its ids (distinct, in the order given), or null when it gives a
    /// filter instead. Exactly one of the two: neither is <paramref name="neither"/> under
    /// <paramref name="idsField"/>, both a problem under <c>filter</c>.
    /// </summary>
    private static List<Guid>? NamedOrFilter(IReadOnlyList<Guid>? ids, object? filter, string idsField, string neither, Validation v)
    {
        var named = ids is { Count: > 0 } ? ids.Distinct().ToList() : null;
        if (named is null && filter is null)
        {
            v.Add(idsField, neither);
        }
        else if (named is not null && filter is not null)
        {
            v.Add("filter", $"Give either {idsField} or a filter, not both.");
        }

        return named;
    }

    internal static Ok<List<JobView>> List(bool? mine, ClaimsmithDbContext db, HttpContext http, WorkbenchJobs jobs) =>
        TypedResults.Ok(jobs.List(http.Actor(), db.OrganizationScope)
            .Where(j => MayRead(j.Kind, http.User) && (mine != true || string.Equals(j.Starter.Actor, http.Actor(), StringComparison.OrdinalIgnoreCase)))
            .Select(j => ViewFor(j, http)).ToList());

    internal static Results<Ok<JobView>, NotFound> Get(Guid id, ClaimsmithDbContext db, HttpContext http, WorkbenchJobs jobs) =>
        Visible(id, db, http, jobs) is { } job ? TypedResults.Ok(ViewFor(job, http)) : TypedResults.NotFound();

    internal static Results<Accepted<JobView>, NotFound, ProblemHttpResult> Cancel(Guid id, ClaimsmithDbContext db, HttpContext http, WorkbenchJobs jobs)
    {
        if (Visible(id, db, http, jobs) is not { } job)
        {
            return TypedResults.NotFound();
        }

        if (!job.CancellableBy(http.Actor(), http.User.IsInRole(ClaimsmithRoles.Admin)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only who started a job, or an administrator, can cancel it.",
                detail: $"Ask {job.Starter.Actor} or an administrator to cancel it.", type: "https://claimsmith.dev/problems/job-not-yours");
        }

        if (!job.Cancel(http.Actor()))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The job has already ended.",
                detail: job.View().Message, type: "https://claimsmith.dev/problems/job-ended");
        }

        return AcceptedJob(job, http);
    }

    internal static async Task<Results<Accepted<JobView>, ValidationProblem, ProblemHttpResult>> StartClaimScrub(
        ClaimScrubJobRequest? request, ClaimsmithDbContext db, HttpContext http, WorkbenchJobs jobs, ClaimScrubService scrubber, CodeSetSnapshotProvider codes, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        var named = NamedOrFilter(request?.ClaimIds, request?.Filter, "claimIds",
            "Name the claims to scrub (claimIds), or give the filter of the claims to scrub (filter; an empty filter is every claim).", v);
        if (request?.Filter is { } f && (f.OlderThanDays < 0 || f.MinAmount < 0 || f.MaxAmount < 0))
        {
            v.Add("filter", "Days and amounts are 0 or more.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors, title: "Which claims to scrub?");
        }

        if (codes.Get() is null)
        {
            return ClaimScrubApi.NoSnapshot(scrubber);
        }

        // The claims are chosen now, in the list's order, with the caller's scope: the job scrubs what the user saw.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = named is not null
            ? db.Claims.AsNoTracking().Where(c => named.Contains(c.Id))
            : new ClaimListFilter(request!.Filter!.Status, request.Filter.PayerId, request.Filter.OlderThanDays, request.Filter.MinAmount, request.Filter.MaxAmount)
                .Apply(db.Claims.AsNoTracking(), today);
        if (request?.Filter?.FindingsOf is { } earlier)
        {
            if (jobs.Find(earlier, http.Actor(), db.OrganizationScope) is not { Details: ClaimScrubFindings found })
            {
                v.Add("filter.findingsOf", "That batch scrub is no longer kept or is not yours to see: filter the claims another way.");
                return TypedResults.ValidationProblem(v.Errors, title: "Unknown batch scrub.");
            }

            var withFindings = found.Claims.Keys.ToList();
            query = query.Where(c => withFindings.Contains(c.Id));
        }

        var claimIds = await query.OrderByDescending(c => c.ServiceFrom).ThenBy(c => c.ClaimNumber).Select(c => c.Id).Take(ClaimScrubJob.MaxClaims + 1).ToListAsync(ct);
        if (claimIds.Count > ClaimScrubJob.MaxClaims)
        {
            v.Add(named is null ? "filter" : "claimIds", $"More than {ClaimScrubJob.MaxClaims:N0} claims match; narrow the filter (a status, a payer) and scrub in parts.");
            return TypedResults.ValidationProblem(v.Errors, title: "Too many claims.");
        }

        if (claimIds.Count == 0)
        {
            v.Add(named is null ? "filter" : "claimIds", named is null ? "No claim matches the filter: clear a filter and try again." : "None of these claims exists in your organizations.");
            return TypedResults.ValidationProblem(v.Errors, title: "No claims to scrub.");
        }

        var title = named is not null ? $"Scrub {claimIds.Count} selected claim(s)" : $"Scrub all {claimIds.Count} claim(s) matching the filter";
        var job = ClaimScrubJob.Start(jobs, JobStarter.From(http, db), claimIds, title);
        return AcceptedJob(job, http);
    }

    internal static async Task<Results<Accepted<JobView>, ValidationProblem, ProblemHttpResult>> StartCodingSuggestions(
        CodingSuggestionJobRequest? request, ClaimsmithDbContext db, HttpContext http, WorkbenchJobs jobs, CodingEngineProvider engines, CodeSetSnapshotProvider codes, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        var named = NamedOrFilter(request?.EncounterIds, request?.Filter, "encounterIds",
            "Name the encounters to code (encounterIds), or give the queue's filter (filter; an empty filter is every waiting encounter).", v);
        if (request?.Filter is { } f && (f.OlderThanDays < 0 || f.Setting is not (null or "" or "professional" or "institutional")))
        {
            v.Add("filter", "Days are 0 or more; the setting is professional or institutional.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors, title: "Which encounters to code?");
        }

        if (codes.Get() is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No code sets imported: notes cannot be coded",
                detail: $"No code-set snapshot at {engines.SnapshotPath}. Run 'claimsmith codes import' (see README, 'Importing the official code sets').",
                type: "https://claimsmith.dev/problems/no-snapshot");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = named is not null
            ? db.Encounters.AsNoTracking().Where(e => named.Contains(e.Id))
            : new CodingQueueFilter(request!.Filter!.OrganizationId, request.Filter.Setting, request.Filter.OlderThanDays).Apply(db.Encounters.AsNoTracking(), today);
        // The queue's order (oldest first: timely filing), so the encounters coders open first are ready first.
        var encounterIds = await CodingQueueFilter.NotOpened(db, query).OrderBy(e => e.ServiceFrom).ThenBy(e => e.Id).Select(e => e.Id)
            .Take(CodingSuggestionJob.MaxEncounters + 1).ToListAsync(ct);
        if (encounterIds.Count > CodingSuggestionJob.MaxEncounters)
        {
            v.Add(named is null ? "filter" : "encounterIds", $"More than {CodingSuggestionJob.MaxEncounters:N0} encounters wait; narrow the filter (an organization, a setting) and run it in parts.");
            return TypedResults.ValidationProblem(v.Errors, title: "Too many encounters.");
        }

        if (encounterIds.Count == 0)
        {
            v.Add(named is null ? "filter" : "encounterIds", "No encounter waits for suggestions: every one matching is coded or already has its suggestions.");
            return TypedResults.ValidationProblem(v.Errors, title: "Nothing to code.");
        }

        var title = $"Suggest codes for {encounterIds.Count} waiting encounter(s)";
        var job = CodingSuggestionJob.Start(jobs, JobStarter.From(http, db), encounterIds, title);
        return AcceptedJob(job, http);
    }
}
