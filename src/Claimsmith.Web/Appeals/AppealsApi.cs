using Claimsmith.Billing;
using Claimsmith.CodeSets;
using Claimsmith.Data;
using Claimsmith.Documents;
using Claimsmith.Web.Audit;
using Claimsmith.Web.CodeSets;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Appeals;

/// <summary>
/// Appeals of denied claims: open the next level, record filing and the decision, and the
/// appeal letter as data or PDF (CARC/RARC descriptions from the imported code sets when there
/// are any). Audited: appeals quote the claim and the patient. The per-payer appeal window is
/// an admin setting.
/// </summary>
internal static class AppealsApi
{
    public static IEndpointRouteBuilder MapAppealsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appeals").WithTags("Appeals").Audited("Appeal", "appeal");
        api.MapGet("/", List).RequireAuthorization(Policies.BillingRead);
        api.MapPost("/", Open).RequireAuthorization(Policies.Billing);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.BillingRead);
        api.MapPost("/{id:guid}/filed", Filed).RequireAuthorization(Policies.Billing);
        api.MapPost("/{id:guid}/decision", Decision).RequireAuthorization(Policies.Billing);
        api.MapGet("/{id:guid}/letter", Letter).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/{id:guid}/letter.pdf", LetterPdf).RequireAuthorization(Policies.BillingRead);

        var payers = app.MapGroup("/api/appeals/payer-windows").WithTags("Appeals").Audited("Payer", "appeal.window");
        payers.MapPut("/{id:guid}", SetWindow).RequireAuthorization(Policies.Admin);
        return app;
    }

    internal sealed record AppealSummary(Guid Id, Guid ClaimId, int Level, string DenialCodes, DenialCategory Category, DateOnly Deadline, DateOnly? FiledOn, AppealOutcome Outcome, Money AmountAppealed, Money AmountRecovered);

    internal static async Task<Ok<Page<AppealSummary>>> List(ClaimsmithDbContext db, Guid? claimId, Guid? organizationId, AppealOutcome? outcome, int? page, int? pageSize, CancellationToken ct)
    {
        var q = db.Appeals.AsNoTracking();
        if (claimId is not null)
        {
            q = q.Where(a => a.ClaimId == claimId);
        }

        if (organizationId is not null)
        {
            q = q.Where(a => a.OrganizationId == organizationId);
        }

        if (outcome is not null)
        {
            q = q.Where(a => a.Outcome == outcome);
        }

        // Pending appeals nearest their deadline first.
        var rows = q.OrderBy(a => a.Outcome).ThenBy(a => a.Deadline).ThenBy(a => a.Id)
            .Select(a => new AppealSummary(a.Id, a.ClaimId, a.Level, a.DenialCodes, a.Category, a.Deadline, a.FiledOn, a.Outcome, a.AmountAppealed, a.AmountRecovered));
        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(rows, ct));
    }

    internal sealed record OpenRequest(Guid? ClaimId, Guid? ClaimLineId, DateOnly? DenialDate, string? DenialCodes, decimal? AmountAppealed, string? Reason, string? LcdReference, string? Enclosures);

    internal static async Task<Results<Created<Appeal>, NotFound, ValidationProblem>> Open(OpenRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (request.ClaimId is null)
        {
            v.Add("claimId", "Required.");
        }

        if (request.DenialDate is null)
        {
            v.Add("denialDate", "Required.");
        }

        if (string.IsNullOrWhiteSpace(request.DenialCodes) || request.DenialCodes.Length > 200)
        {
            v.Add("denialCodes", "The group-CARC and RARC codes denied, e.g. \"CO-50 N115\" (at most 200 characters).");
        }

        var amount = Money.Zero;
        if (request.AmountAppealed is { } a && !Money.TryParse(a.ToString(System.Globalization.CultureInfo.InvariantCulture), out amount))
        {
            v.Add("amountAppealed", "An amount in dollars with at most two decimals.");
        }

        if ((request.Reason?.Length ?? 0) > 4000 || (request.Enclosures?.Length ?? 0) > 4000 || (request.LcdReference?.Length ?? 0) > 100)
        {
            v.Add("reason", "Reason and enclosures at most 4000 characters, LCD reference at most 100.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var opened = await db.OpenAppealAsync(request.ClaimId!.Value, request.DenialDate!.Value, request.DenialCodes!, amount, http.Actor(), clock, request.ClaimLineId, ct);
        if (opened is null)
        {
            return TypedResults.NotFound();
        }

        if (opened.Value.Issue is { } issue)
        {
            v.AddIssues([issue]);
            return TypedResults.ValidationProblem(v.Errors);
        }

        var appeal = opened.Value.Appeal!;
        appeal.Reason = request.Reason ?? "";
        appeal.LcdReference = request.LcdReference;
        appeal.Enclosures = request.Enclosures;
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/appeals/{appeal.Id}", appeal);
    }

    internal static async Task<Results<Ok<Appeal>, NotFound>> Get(Guid id, ClaimsmithDbContext db, CancellationToken ct) =>
        await db.LoadAppealAsync(id, tracked: false, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound();

    internal sealed record FiledRequest(DateOnly? FiledOn);

    internal static async Task<Results<Ok<Appeal>, NotFound, ValidationProblem>> Filed(Guid id, FiledRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var appeal = await db.LoadAppealAsync(id, tracked: true, ct);
        if (appeal is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if (appeal.File(request.FiledOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), http.Actor(), clock) is { } issue)
        {
            v.AddIssues([issue]);
            return TypedResults.ValidationProblem(v.Errors);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(appeal);
    }

    internal sealed record DecisionRequest(AppealOutcome? Outcome, decimal? AmountRecovered, DateOnly? DecidedOn, string? Note);

    internal static async Task<Results<Ok<Appeal>, NotFound, ValidationProblem>> Decision(Guid id, DecisionRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var appeal = await db.LoadAppealAsync(id, tracked: true, ct);
        if (appeal is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var recovered = Money.Zero;
        if (request.Outcome is null)
        {
            v.Add("outcome", "Won, PartiallyWon, Lost or Withdrawn.");
        }

        if (request.AmountRecovered is { } r && !Money.TryParse(r.ToString(System.Globalization.CultureInfo.InvariantCulture), out recovered))
        {
            v.Add("amountRecovered", "An amount in dollars with at most two decimals.");
        }

        if ((request.Note?.Length ?? 0) > 4000)
        {
            v.Add("note", "At most 4000 characters.");
        }

        if (v.IsValid && appeal.Decide(request.Outcome!.Value, recovered, request.DecidedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), http.Actor(), clock, request.Note) is { } issue)
        {
            v.AddIssues([issue]);
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(appeal);
    }

    private static async Task<AppealLetter?> BuildLetterAsync(Guid id, ClaimsmithDbContext db, CodeSetSnapshotProvider codes, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var snapshot = codes.Get();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        string? Describe(CodeSystem system, string code) =>
            snapshot?.Describe(system, code, today) is { } d ? d.LongDescription ?? d.ShortDescription : null;
        var request = await db.AppealLetterRequestAsync(id, today, c => Describe(CodeSystem.Carc, c), c => Describe(CodeSystem.Rarc, c), http.Actor(), ct);
        return request is null ? null : AppealLetterBuilder.Build(request);
    }

    internal static async Task<Results<Ok<AppealLetter>, NotFound>> Letter(Guid id, ClaimsmithDbContext db, CodeSetSnapshotProvider codes, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await BuildLetterAsync(id, db, codes, http, clock, ct) is { } letter ? TypedResults.Ok(letter) : TypedResults.NotFound();

    internal static async Task<Results<FileContentHttpResult, NotFound>> LetterPdf(Guid id, ClaimsmithDbContext db, CodeSetSnapshotProvider codes, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await BuildLetterAsync(id, db, codes, http, clock, ct) is { } letter
            ? TypedResults.File(AppealLetterRenderer.Render(letter), "application/pdf", $"appeal-{id}.pdf")
            : TypedResults.NotFound();

    internal sealed record WindowRequest(int? Days);

    internal static async Task<Results<Ok<Payer>, NotFound, ValidationProblem>> SetWindow(Guid id, WindowRequest request, ClaimsmithDbContext db, CancellationToken ct)
    {
        var payer = await db.Payers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (payer is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Days is < 1 or > 3650)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["Between 1 and 3650 days, or null for the default."] });
        }

        payer.AppealWindowDays = request.Days;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(payer);
    }
}
