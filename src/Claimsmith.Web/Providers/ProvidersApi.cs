using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Providers;

/// <summary>Clinicians: rendering, attending and referring providers.</summary>
internal static class ProvidersApi
{
    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/providers").WithTags("Providers").Audited("Provider", "provider");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).RequireAuthorization(Policies.Registration);
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Registration);
        return app;
    }

    internal sealed record ProviderRequest(Guid? OrganizationId, string? LastName, string? FirstName, string? Credentials, string? Npi, string? Taxonomy, long? Version);

    internal static async Task<Ok<Page<Provider>>> List(ClaimsmithDbContext db, Guid? organizationId, string? q, string? npi, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Providers.AsNoTracking();
        if (organizationId is not null)
        {
            query = query.Where(p => p.OrganizationId == organizationId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(p => p.LastName.StartsWith(q));
        }

        if (!string.IsNullOrWhiteSpace(npi) && Npi.TryParse(npi, out var n))
        {
            query = query.Where(p => p.Npi == n);
        }

        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id), ct));
    }

    internal static async Task<Results<Ok<Provider>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (provider is null)
        {
            return TypedResults.NotFound();
        }

        Concurrency.SetETag(http, provider);
        return TypedResults.Ok(provider);
    }

    internal static async Task<Results<Created<Provider>, ValidationProblem>> Create(ProviderRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var provider = new Provider { LastName = "", FirstName = "" };
        var v = await ApplyAsync(request, provider, db, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.Providers.Add(provider);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, provider);
        return TypedResults.Created($"/api/providers/{provider.Id}", provider);
    }

    internal static async Task<Results<Ok<Provider>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, ProviderRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (provider is null)
        {
            return TypedResults.NotFound();
        }

        var v = await ApplyAsync(request, provider, db, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, provider, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(provider);
    }

    private static async Task<Validation> ApplyAsync(ProviderRequest r, Provider provider, ClaimsmithDbContext db, CancellationToken ct)
    {
        var v = new Validation();
        if (r.OrganizationId is { } orgId && !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            v.Add("organizationId", "No such organization.");
        }

        provider.OrganizationId = r.OrganizationId;
        provider.LastName = v.Required("lastName", r.LastName, 60);
        provider.FirstName = v.Required("firstName", r.FirstName, 35);
        provider.Credentials = v.Optional("credentials", r.Credentials, 20);
        provider.Npi = v.Code<Npi>("npi", r.Npi, Npi.TryParse, "NPI (10 digits with a Luhn check digit)");
        provider.Taxonomy = v.OptionalCode<TaxonomyCode>("taxonomy", r.Taxonomy, TaxonomyCode.TryParse, "taxonomy code");
        return v;
    }
}
