using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Coverages;

/// <summary>A patient's insurance: payer, member ID, subscriber and relationship, order, dates.</summary>
internal static class CoveragesApi
{
    public static IEndpointRouteBuilder MapCoveragesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/coverages").WithTags("Coverages").Audited("Coverage", "coverage");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).RequireAuthorization(Policies.Registration);
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Registration);
        return app;
    }

    internal sealed record SubscriberDto(string? LastName, string? FirstName, DateOnly? BirthDate, Sex? Sex, AddressDto? Address);

    internal sealed record CoverageRequest(
        Guid? PatientId, Guid? PayerId, CoverageOrder? Order, string? MemberId, string? GroupNumber, string? PlanName,
        SubscriberRelationship? Relationship, SubscriberDto? Subscriber, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, long? Version);

    internal static async Task<Ok<Page<Coverage>>> List(ClaimsmithDbContext db, Guid? patientId, Guid? payerId, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Coverages.AsNoTracking();
        if (patientId is not null)
        {
            query = query.Where(c => c.PatientId == patientId);
        }

        if (payerId is not null)
        {
            query = query.Where(c => c.PayerId == payerId);
        }

        var result = await Paging.From(page, pageSize).ApplyAsync(query.OrderBy(c => c.PatientId).ThenBy(c => c.Order).ThenBy(c => c.Id), ct);
        foreach (var coverage in result.Items)
        {
            coverage.MemberId = Security.MemberIds.Mask(coverage.MemberId); // minimum necessary in lists (untracked rows)
        }

        return TypedResults.Ok(result);
    }

    internal static async Task<Results<Ok<Coverage>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var coverage = await db.Coverages.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (coverage is null)
        {
            return TypedResults.NotFound();
        }

        Concurrency.SetETag(http, coverage);
        return TypedResults.Ok(coverage);
    }

    internal static async Task<Results<Created<Coverage>, ValidationProblem>> Create(CoverageRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var coverage = new Coverage { MemberId = "" };
        var v = await ApplyAsync(request, coverage, db, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.Coverages.Add(coverage);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, coverage);
        return TypedResults.Created($"/api/coverages/{coverage.Id}", coverage);
    }

    internal static async Task<Results<Ok<Coverage>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, CoverageRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var coverage = await db.Coverages.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (coverage is null)
        {
            return TypedResults.NotFound();
        }

        var v = await ApplyAsync(request, coverage, db, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, coverage, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(coverage);
    }

    private static async Task<Validation> ApplyAsync(CoverageRequest r, Coverage coverage, ClaimsmithDbContext db, CancellationToken ct)
    {
        var v = new Validation();
        if (r.PatientId is not { } patientId || !await db.Patients.AnyAsync(p => p.Id == patientId, ct))
        {
            v.Add("patientId", "Name an existing patient.");
        }
        else
        {
            coverage.PatientId = patientId;
        }

        if (r.PayerId is not { } payerId || !await db.Payers.AnyAsync(p => p.Id == payerId, ct))
        {
            v.Add("payerId", "Name an existing payer.");
        }
        else
        {
            coverage.PayerId = payerId;
        }

        coverage.Order = r.Order ?? CoverageOrder.Primary;
        coverage.MemberId = v.Required("memberId", r.MemberId, 80);
        coverage.GroupNumber = v.Optional("groupNumber", r.GroupNumber, 50);
        coverage.PlanName = v.Optional("planName", r.PlanName, 60);
        coverage.Relationship = r.Relationship ?? SubscriberRelationship.Self;
        if (coverage.Relationship == SubscriberRelationship.Self)
        {
            coverage.Subscriber = null;
        }
        else if (r.Subscriber is null)
        {
            // 837 loop 2000C: when the patient is not the subscriber, the subscriber's own name and DOB are required.
            v.Add("subscriber", "Required when the patient is not the subscriber.");
        }
        else
        {
            coverage.Subscriber = new Person
            {
                LastName = v.Required("subscriber.lastName", r.Subscriber.LastName, 60),
                FirstName = v.Required("subscriber.firstName", r.Subscriber.FirstName, 35),
                BirthDate = r.Subscriber.BirthDate,
                Sex = r.Subscriber.Sex ?? Sex.Unknown,
                Address = r.Subscriber.Address is null ? null : v.Address("subscriber.address", r.Subscriber.Address),
            };
        }

        if (r.EffectiveFrom is null)
        {
            v.Add("effectiveFrom", "Required.");
        }

        coverage.EffectiveFrom = r.EffectiveFrom ?? default;
        coverage.EffectiveTo = r.EffectiveTo;
        if (r.EffectiveTo < r.EffectiveFrom)
        {
            v.Add("effectiveTo", "Ends before it starts.");
        }

        return v;
    }
}
