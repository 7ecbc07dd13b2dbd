using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Privacy;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Patients;

/// <summary>Patients of an organisation, and their balance from the ledger.</summary>
internal static class PatientsApi
{
    public static IEndpointRouteBuilder MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/patients").WithTags("Patients").Audited("Patient", "patient");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}/balance", Balance).RequireAuthorization(Policies.BillingRead);
        api.MapPost("/", Create).RequireAuthorization(Policies.Registration);
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Registration);
        return app;
    }

    internal sealed record PatientRequest(Guid? OrganizationId, string? AccountNumber, string? LastName, string? FirstName, string? MiddleName, DateOnly? BirthDate, Sex? Sex, AddressDto? Address, string? Phone, long? Version);

    internal sealed record BalanceResponse(decimal Insurance, decimal Patient, decimal Total);

    internal static async Task<Ok<Page<Patient>>> List(ClaimsmithDbContext db, Guid? organizationId, string? q, DateOnly? birthDate, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Patients.AsNoTracking();
        if (organizationId is not null)
        {
            query = query.Where(p => p.OrganizationId == organizationId);
        }

        // Names and birth dates are encrypted: they are searched through their blind indexes,
        // exact match after normalisation ("Last", "Last, First", "First Last", or the account
        // number), and the list is in registration order (ids are time-ordered), not by name.
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.WhereNameOrAccount(db, q);
        }

        if (birthDate is { } born)
        {
            query = query.WhereBirthDate(db, born);
        }

        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(query.OrderBy(p => p.Id), ct));
    }

    internal static async Task<Results<Ok<Patient>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        Concurrency.SetETag(http, patient);
        return TypedResults.Ok(patient);
    }

    internal static async Task<Results<Ok<BalanceResponse>, NotFound>> Balance(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var b = await db.PatientBalanceAsync(id, ct);
        return TypedResults.Ok(new BalanceResponse(b.Insurance.Amount, b.Patient.Amount, b.Total.Amount));
    }

    internal static async Task<Results<Created<Patient>, ValidationProblem>> Create(PatientRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var patient = new Patient { AccountNumber = "", LastName = "", FirstName = "" };
        var v = await ApplyAsync(request, patient, db, isNew: true, clock, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.Patients.Add(patient);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, patient);
        return TypedResults.Created($"/api/patients/{patient.Id}", patient);
    }

    internal static async Task<Results<Ok<Patient>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, PatientRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var patient = await db.Patients.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        var v = await ApplyAsync(request, patient, db, isNew: false, clock, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, patient, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(patient);
    }

    private static async Task<Validation> ApplyAsync(PatientRequest r, Patient patient, ClaimsmithDbContext db, bool isNew, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (isNew)
        {
            if (r.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
            {
                v.Add("organizationId", "Name an existing organization.");
            }
            else
            {
                patient.OrganizationId = orgId;
            }
        }

        var account = v.Required("accountNumber", r.AccountNumber, 38);
        if (account.Length > 0 && account != patient.AccountNumber
            && await db.Patients.AnyAsync(p => p.OrganizationId == patient.OrganizationId && p.AccountNumber == account, ct))
        {
            v.Add("accountNumber", "Another patient of this organization has this account number.");
        }

        patient.AccountNumber = account;
        patient.LastName = v.Required("lastName", r.LastName, 60);
        patient.FirstName = v.Required("firstName", r.FirstName, 35);
        patient.MiddleName = v.Optional("middleName", r.MiddleName, 25);
        if (r.BirthDate is null)
        {
            v.Add("birthDate", "Required.");
        }
        else if (r.BirthDate < new DateOnly(1900, 1, 1) || r.BirthDate > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            v.Add("birthDate", "Not a plausible date of birth.");
        }

        patient.BirthDate = r.BirthDate ?? default;
        patient.Sex = r.Sex ?? Sex.Unknown;
        patient.Address = v.Address("address", r.Address);
        patient.Phone = v.Optional("phone", r.Phone, 20);
        return v;
    }
}
