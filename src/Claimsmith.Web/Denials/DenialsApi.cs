using System.Globalization;
using System.Text;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Denials;

/// <summary>
/// The denial work queue: every denied or underpaid claim or line from the stored adjudications,
/// with category, recommended action, amount at stake and deadline, sorted by what is worth
/// working first (<see cref="DenialWorkItem.Priority"/>); assign, note and resolve with the history
/// kept; and the report of denied amounts by category for a period (JSON or CSV).
/// </summary>
internal static class DenialsApi
{
    public static IEndpointRouteBuilder MapDenialsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/denials").WithTags("Denials").Audited("DenialWorkItem", "denial");
        api.MapGet("/", List).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/report", Report).RequireAuthorization(Policies.BillingRead);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.BillingRead);
        api.MapPost("/{id:guid}/assign", Assign).RequireAuthorization(Policies.Billing);
        api.MapPost("/{id:guid}/notes", Note).RequireAuthorization(Policies.Billing);
        api.MapPost("/{id:guid}/resolve", Resolve).RequireAuthorization(Policies.Billing);
        return app;
    }

    /// <summary>A work item in the queue.</summary>
    internal sealed record WorkItemView(Guid Id, Guid ClaimId, string ClaimNumber, string? ProcedureCode, DenialCategory Category, bool Underpayment, string ReasonCodes,
        string Action, decimal AmountAtStake, decimal Paid, decimal? Expected, DateOnly RemittanceDate, DateOnly Deadline, int DaysLeft, decimal Priority,
        DenialWorkStatus Status, string? AssignedTo, string? Resolution);

    /// <summary>A work item with its history.</summary>
    internal sealed record WorkItemDetail(WorkItemView Item, IReadOnlyList<HistoryView> History);

    /// <summary>One history step.</summary>
    internal sealed record HistoryView(DateTimeOffset At, string By, string Action, string? Text);

    /// <summary>Body of assign, note and resolve.</summary>
    internal sealed record WorkItemRequest(string? Assignee, string? Text);

    /// <summary>Denied amounts of one category in a period.</summary>
    internal sealed record CategoryTotal(DenialCategory Category, int Items, decimal Amount);

    internal static async Task<Ok<Page<WorkItemView>>> List(ClaimsmithDbContext db, TimeProvider clock, DenialWorkStatus? status, DenialCategory? category, string? assignedTo,
        int? page, int? pageSize, CancellationToken ct)
    {
        var today = Today(clock);
        var q = db.DenialWorkItems.AsNoTracking();
        q = status is { } s ? q.Where(w => w.Status == s) : q.Where(w => w.Status != DenialWorkStatus.Resolved);
        if (category is { } c)
        {
            q = q.Where(w => w.Category == c);
        }

        if (!string.IsNullOrWhiteSpace(assignedTo))
        {
            q = q.Where(w => w.AssignedTo == assignedTo);
        }

        // Priority depends on today's date, so it is ranked here over a bounded working set.
        var items = await q.OrderBy(w => w.Deadline).Take(5000).ToListAsync(ct);
        var ranked = items.Select(w => View(w, today)).OrderByDescending(w => w.Priority).ThenBy(w => w.Deadline).ToList();
        var paging = Paging.From(page, pageSize);
        return TypedResults.Ok(new Page<WorkItemView>([.. ranked.Skip((paging.PageNumber - 1) * paging.PageSize).Take(paging.PageSize)], paging.PageNumber, paging.PageSize, ranked.Count));
    }

    internal static async Task<Results<Ok<WorkItemDetail>, NotFound>> Get(Guid id, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var w = await db.DenialWorkItems.AsNoTracking().Include(x => x.History).SingleOrDefaultAsync(x => x.Id == id, ct);
        return w is null ? TypedResults.NotFound() : TypedResults.Ok(Detail(w, Today(clock)));
    }

    internal static Task<Results<Ok<WorkItemDetail>, NotFound, ValidationProblem>> Assign(Guid id, WorkItemRequest body, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, db, http, clock, "assignee", body.Assignee, (w, actor, now) =>
        {
            w.AssignedTo = body.Assignee!.Trim();
            if (w.Status == DenialWorkStatus.Open)
            {
                w.Status = DenialWorkStatus.Assigned;
            }

            w.Record("assigned", actor, now, w.AssignedTo);
        }, ct);

    internal static Task<Results<Ok<WorkItemDetail>, NotFound, ValidationProblem>> Note(Guid id, WorkItemRequest body, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, db, http, clock, "text", body.Text, (w, actor, now) => w.Record("note", actor, now, body.Text!.Trim()), ct);

    internal static Task<Results<Ok<WorkItemDetail>, NotFound, ValidationProblem>> Resolve(Guid id, WorkItemRequest body, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(id, db, http, clock, "text", body.Text, (w, actor, now) =>
        {
            w.Status = DenialWorkStatus.Resolved;
            w.ResolvedAt = now;
            w.Resolution = body.Text!.Trim();
            w.Record("resolved", actor, now, w.Resolution);
        }, ct);

    internal static async Task<Results<Ok<IReadOnlyList<CategoryTotal>>, FileContentHttpResult>> Report(ClaimsmithDbContext db, DateOnly? from, DateOnly? to, string? format, CancellationToken ct)
    {
        var q = db.DenialWorkItems.AsNoTracking();
        if (from is { } f)
        {
            q = q.Where(w => w.RemittanceDate >= f);
        }

        if (to is { } t)
        {
            q = q.Where(w => w.RemittanceDate <= t);
        }

        // Summed here: SQLite stores money as cents and EF Core cannot sum the converted value there.
        var rows = await q.Select(w => new { w.Category, w.AmountAtStake }).ToListAsync(ct);
        IReadOnlyList<CategoryTotal> totals = [.. rows.GroupBy(r => r.Category)
            .Select(g => new CategoryTotal(g.Key, g.Count(), g.Sum(x => x.AmountAtStake.Amount)))
            .OrderByDescending(x => x.Amount)];
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var csv = new StringBuilder("category,items,amount\n");
            foreach (var x in totals)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{x.Category},{x.Items},{x.Amount:0.00}\n");
            }

            return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "denials-by-category.csv");
        }

        return TypedResults.Ok(totals);
    }

    private static async Task<Results<Ok<WorkItemDetail>, NotFound, ValidationProblem>> ChangeAsync(Guid id, ClaimsmithDbContext db, HttpContext http, TimeProvider clock,
        string field, string? value, Action<DenialWorkItem, string, DateTimeOffset> change, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            var v = new Validation();
            v.Add(field, "Required.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var w = await db.DenialWorkItems.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (w is null)
        {
            return TypedResults.NotFound();
        }

        change(w, http.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var saved = await db.DenialWorkItems.AsNoTracking().Include(x => x.History).SingleAsync(x => x.Id == id, ct);
        return TypedResults.Ok(Detail(saved, Today(clock)));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static WorkItemView View(DenialWorkItem w, DateOnly today) =>
        new(w.Id, w.ClaimId, w.ClaimNumber, w.ProcedureCode, w.Category, w.Underpayment, w.ReasonCodes, w.Action, w.AmountAtStake.Amount, w.Paid.Amount, w.Expected?.Amount,
            w.RemittanceDate, w.Deadline, w.Deadline.DayNumber - today.DayNumber, w.Priority(today), w.Status, w.AssignedTo, w.Resolution);

    private static WorkItemDetail Detail(DenialWorkItem w, DateOnly today) =>
        new(View(w, today), [.. w.History.OrderBy(h => h.At).Select(h => new HistoryView(h.At, h.By, h.Action, h.Text))]);
}
