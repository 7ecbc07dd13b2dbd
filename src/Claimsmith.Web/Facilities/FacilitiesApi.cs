using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Facilities;

/// <summary>Service locations of an organisation.</summary>
internal static class FacilitiesApi
{
    public static IEndpointRouteBuilder MapFacilitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/facilities").WithTags("Facilities").Audited("Facility", "facility");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).RequireAuthorization(Policies.Registration);
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Registration);
        return app;
    }

    internal sealed record FacilityRequest(Guid? OrganizationId, string? Name, string? Npi, string? PlaceOfService, AddressDto? Address, long? Version);

    internal static async Task<Ok<Page<Facility>>> List(ClaimsmithDbContext db, Guid? organizationId, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Facilities.AsNoTracking();
        if (organizationId is not null)
        {
            query = query.Where(f => f.OrganizationId == organizationId);
        }

        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(query.OrderBy(f => f.Name).ThenBy(f => f.Id), ct));
    }

    internal static async Task<Results<Ok<Facility>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null)
        {
            return TypedResults.NotFound();
        }

        Concurrency.SetETag(http, facility);
        return TypedResults.Ok(facility);
    }

    internal static async Task<Results<Created<Facility>, ValidationProblem>> Create(FacilityRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var facility = new Facility { Name = "" };
        var v = await ApplyAsync(request, facility, db, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.Facilities.Add(facility);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, facility);
        return TypedResults.Created($"/api/facilities/{facility.Id}", facility);
    }

    internal static async Task<Results<Ok<Facility>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, FacilityRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var facility = await db.Facilities.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (facility is null)
        {
            return TypedResults.NotFound();
        }

        var v = await ApplyAsync(request, facility, db, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, facility, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(facility);
    }

    private static async Task<Validation> ApplyAsync(FacilityRequest r, Facility facility, ClaimsmithDbContext db, CancellationToken ct)
    {
        var v = new Validation();
        if (r.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            v.Add("organizationId", "Name an existing organization.");
        }
        else
        {
            facility.OrganizationId = orgId;
        }

        facility.Name = v.Required("name", r.Name, 60);
        facility.Npi = v.OptionalCode<Npi>("npi", r.Npi, Npi.TryParse, "NPI (10 digits with a Luhn check digit)");
        facility.PlaceOfService = v.Digits("placeOfService", r.PlaceOfService ?? "11", 2);
        facility.Address = v.Address("address", r.Address);
        return v;
    }
}
