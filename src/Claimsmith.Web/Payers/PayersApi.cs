using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Payers;

/// <summary>
/// Insurers with their payer IDs, filing indicators, timely filing limits and appeal windows.
/// Every role reads them (claims, coverages and denials name payers); only admins change them,
/// and every call is in the audit log (payers are settings the claims and deadlines depend on).
/// </summary>
internal static class PayersApi
{
    public static IEndpointRouteBuilder MapPayersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payers").WithTags("Payers").Audited("Payer", "payer");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).RequireAuthorization(Policies.Admin);
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Admin);
        return app;
    }

    internal sealed record PayerRequest(string? Name, string? PayerIdentifier, string? ClaimFilingIndicator, int? TimelyFilingDays, int? AppealWindowDays, AddressDto? Address, long? Version);

    internal static async Task<Ok<Page<Payer>>> List(ClaimsmithDbContext db, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Payers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(p => p.Name.Contains(q) || p.PayerIdentifier == q);
        }

        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(query.OrderBy(p => p.Name).ThenBy(p => p.Id), ct));
    }

    internal static async Task<Results<Ok<Payer>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var payer = await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (payer is null)
        {
            return TypedResults.NotFound();
        }

        Concurrency.SetETag(http, payer);
        return TypedResults.Ok(payer);
    }

    internal static async Task<Results<Created<Payer>, ValidationProblem>> Create(PayerRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var payer = new Payer { Name = "", PayerIdentifier = "" };
        var v = Apply(request, payer);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.Payers.Add(payer);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, payer);
        return TypedResults.Created($"/api/payers/{payer.Id}", payer);
    }

    internal static async Task<Results<Ok<Payer>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, PayerRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var payer = await db.Payers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (payer is null)
        {
            return TypedResults.NotFound();
        }

        var v = Apply(request, payer);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, payer, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(payer);
    }

    private static Validation Apply(PayerRequest r, Payer payer)
    {
        var v = new Validation();
        payer.Name = v.Required("name", r.Name, 60);
        payer.PayerIdentifier = v.Required("payerIdentifier", r.PayerIdentifier, 80);
        if (payer.PayerIdentifier.Length == 1)
        {
            v.Add("payerIdentifier", "A payer ID has 2 to 80 characters (2010BB NM109).");
        }

        payer.ClaimFilingIndicator = r.ClaimFilingIndicator ?? "CI";
        if (!ClaimFilingIndicator.IsValid(payer.ClaimFilingIndicator))
        {
            v.Add("claimFilingIndicator", $"Unknown claim filing indicator; use one of {string.Join(", ", ClaimFilingIndicator.Codes.Keys)}.");
        }

        payer.TimelyFilingDays = r.TimelyFilingDays ?? 365;
        if (payer.TimelyFilingDays is < 1 or > 3650)
        {
            v.Add("timelyFilingDays", "Between 1 and 3650 days.");
        }

        // Null keeps the default window (AppealDeadlines.DefaultWindowDays) that denial deadlines use.
        payer.AppealWindowDays = r.AppealWindowDays;
        if (r.AppealWindowDays is < 1 or > 3650)
        {
            v.Add("appealWindowDays", $"Between 1 and 3650 days, or empty for the default of {AppealDeadlines.DefaultWindowDays} days.");
        }

        payer.Address = r.Address is null ? null : v.Address("address", r.Address);
        return v;
    }
}
