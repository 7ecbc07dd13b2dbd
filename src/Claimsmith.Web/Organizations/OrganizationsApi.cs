using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Organizations;

/// <summary>Client organisations (practices, surgery centers, hospitals): the billing providers.</summary>
internal static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organizations").WithTags("Organizations").Audited("Organization", "organization");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).RequireAuthorization(Policies.Admin);
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Admin);
        return app;
    }

    internal sealed record OrganizationRequest(string? Name, OrganizationKind? Kind, string? TaxId, string? Npi, string? Taxonomy, AddressDto? Address, string? Phone, long? Version);

    internal static async Task<Ok<Page<Organization>>> List(ClaimsmithDbContext db, string? q, OrganizationKind? kind, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(o => o.Name.Contains(q));
        }

        if (kind is not null)
        {
            query = query.Where(o => o.Kind == kind);
        }

        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(query.OrderBy(o => o.Name).ThenBy(o => o.Id), ct));
    }

    internal static async Task<Results<Ok<Organization>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null)
        {
            return TypedResults.NotFound();
        }

        Concurrency.SetETag(http, org);
        return TypedResults.Ok(org);
    }

    internal static async Task<Results<Created<Organization>, ValidationProblem>> Create(OrganizationRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var org = new Organization { Name = "", TaxId = "" };
        var v = Apply(request, org);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.Organizations.Add(org);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, org);
        return TypedResults.Created($"/api/organizations/{org.Id}", org);
    }

    internal static async Task<Results<Ok<Organization>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, OrganizationRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null)
        {
            return TypedResults.NotFound();
        }

        var v = Apply(request, org);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, org, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(org);
    }

    private static Validation Apply(OrganizationRequest r, Organization org)
    {
        var v = new Validation();
        org.Name = v.Required("name", r.Name, 60);
        org.Kind = r.Kind ?? OrganizationKind.Practice;
        org.TaxId = v.Digits("taxId", r.TaxId, 9);
        org.Npi = v.Code<Npi>("npi", r.Npi, Npi.TryParse, "NPI (10 digits with a Luhn check digit)");
        org.Taxonomy = v.OptionalCode<TaxonomyCode>("taxonomy", r.Taxonomy, TaxonomyCode.TryParse, "taxonomy code");
        org.Address = v.Address("address", r.Address);
        org.Phone = v.Optional("phone", r.Phone, 20);
        return v;
    }
}
