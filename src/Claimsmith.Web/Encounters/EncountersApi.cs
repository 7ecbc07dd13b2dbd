using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Encounters;

/// <summary>Encounters with their diagnoses, charges and clinical documents.</summary>
internal static class EncountersApi
{
    private static readonly string[] NdcUnits = ["F2", "GR", "ME", "ML", "UN"];

    public static IEndpointRouteBuilder MapEncountersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/encounters").WithTags("Encounters").Audited("Encounter", "encounter");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read);
        api.MapPost("/", Create).RequireAuthorization(Policies.Coding);
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Coding);
        api.MapPost("/{id:guid}/diagnoses", AddDiagnosis).RequireAuthorization(Policies.Coding);
        api.MapDelete("/{id:guid}/diagnoses/{diagnosisId:guid}", RemoveDiagnosis).RequireAuthorization(Policies.Coding);
        api.MapPost("/{id:guid}/charges", AddCharge).RequireAuthorization(Policies.Coding);
        api.MapDelete("/{id:guid}/charges/{chargeId:guid}", RemoveCharge).RequireAuthorization(Policies.Coding);
        api.MapPost("/{id:guid}/documents", AddDocument).RequireAuthorization(Policies.Coding);
        api.MapGet("/{id:guid}/documents/{documentId:guid}", GetDocument).RequireAuthorization(Policies.Read);
        return app;
    }

    internal static async Task<Ok<Page<Encounter>>> List(ClaimsmithDbContext db, Guid? patientId, Guid? organizationId, ClaimKind? kind, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Encounters.AsNoTracking();
        if (patientId is not null)
        {
            query = query.Where(e => e.PatientId == patientId);
        }

        if (organizationId is not null)
        {
            query = query.Where(e => e.OrganizationId == organizationId);
        }

        if (kind is not null)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (from is not null)
        {
            query = query.Where(e => e.ServiceFrom >= from);
        }

        if (to is not null)
        {
            query = query.Where(e => e.ServiceFrom <= to);
        }

        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(query.OrderByDescending(e => e.ServiceFrom).ThenBy(e => e.Id), ct));
    }

    private static Task<Encounter?> LoadAsync(ClaimsmithDbContext db, Guid id, bool tracked, CancellationToken ct)
    {
        var q = db.Encounters.Include(e => e.Diagnoses).Include(e => e.Charges).Include(e => e.Documents).AsSplitQuery();
        return (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, ct);
    }

    internal static async Task<Results<Ok<Encounter>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var e = await LoadAsync(db, id, tracked: false, ct);
        if (e is null)
        {
            return TypedResults.NotFound();
        }

        Sort(e);
        Concurrency.SetETag(http, e);
        return TypedResults.Ok(e);
    }

    internal static async Task<Results<Created<Encounter>, ValidationProblem>> Create(EncounterRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var e = new Encounter();
        var v = new Validation();
        if (request.PatientId is not { } patientId || await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == patientId, ct) is not { } patient)
        {
            v.Add("patientId", "Name an existing patient.");
        }
        else
        {
            e.PatientId = patient.Id;
            e.OrganizationId = patient.OrganizationId;
        }

        await ApplyHeaderAsync(request, e, db, v, ct);
        for (var i = 0; i < (request.Diagnoses?.Length ?? 0); i++)
        {
            var d = request.Diagnoses![i];
            e.AddDiagnosis(v.Code<DiagnosisCode>($"diagnoses[{i}].code", d.Code, DiagnosisCode.TryParse, "ICD-10-CM code"), d.PresentOnAdmission);
        }

        for (var i = 0; i < (request.Charges?.Length ?? 0); i++)
        {
            e.AddCharge(Charge($"charges[{i}]", request.Charges![i], e, v));
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.Encounters.Add(e);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, e);
        return TypedResults.Created($"/api/encounters/{e.Id}", e);
    }

    internal static async Task<Results<Ok<Encounter>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, EncounterRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var e = await LoadAsync(db, id, tracked: true, ct);
        if (e is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        await ApplyHeaderAsync(request, e, db, v, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, e, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        Sort(e);
        return TypedResults.Ok(e);
    }

    internal static async Task<Results<Created<EncounterDiagnosis>, NotFound, ValidationProblem, ProblemHttpResult>> AddDiagnosis(Guid id, DiagnosisRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var e = await LoadAsync(db, id, tracked: true, ct);
        if (e is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var code = v.Code<DiagnosisCode>("code", request.Code, DiagnosisCode.TryParse, "ICD-10-CM code");
        if (v.IsValid && e.Diagnoses.Any(d => d.Code == code))
        {
            v.Add("code", "The encounter already has this diagnosis.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var diagnosis = e.AddDiagnosis(code, request.PresentOnAdmission);
        var saved = await SaveChildChangeAsync(db, http, e, ct);
        if (saved is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/encounters/{id}", diagnosis);
    }

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveDiagnosis(Guid id, Guid diagnosisId, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var e = await LoadAsync(db, id, tracked: true, ct);
        var d = e?.Diagnoses.FirstOrDefault(x => x.Id == diagnosisId);
        if (e is null || d is null)
        {
            return TypedResults.NotFound();
        }

        e.Diagnoses.Remove(d);
        db.Remove(d);
        return await SaveChildChangeAsync(db, http, e, ct) is { } conflict ? conflict : TypedResults.NoContent();
    }

    internal static async Task<Results<Created<ChargeLine>, NotFound, ValidationProblem, ProblemHttpResult>> AddCharge(Guid id, ChargeRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var e = await LoadAsync(db, id, tracked: true, ct);
        if (e is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var charge = Charge("", request, e, v);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        e.AddCharge(charge);
        var saved = await SaveChildChangeAsync(db, http, e, ct);
        if (saved is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/encounters/{id}", charge);
    }

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveCharge(Guid id, Guid chargeId, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var e = await LoadAsync(db, id, tracked: true, ct);
        var c = e?.Charges.FirstOrDefault(x => x.Id == chargeId);
        if (e is null || c is null)
        {
            return TypedResults.NotFound();
        }

        e.Charges.Remove(c);
        db.Remove(c);
        return await SaveChildChangeAsync(db, http, e, ct) is { } conflict ? conflict : TypedResults.NoContent();
    }

    internal static async Task<Results<Created<ClinicalDocument>, NotFound, ValidationProblem, ProblemHttpResult>> AddDocument(Guid id, DocumentRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var e = await db.Encounters.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var doc = new ClinicalDocument
        {
            EncounterId = id,
            Title = v.Required("title", request.Title, 200),
            Kind = v.Optional("kind", request.Kind, 40) ?? "note",
            Text = v.Required("text", request.Text, 1_000_000),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = http.Actor(),
        };
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.ClinicalDocuments.Add(doc);
        var saved = await SaveChildChangeAsync(db, http, e, ct);
        if (saved is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/encounters/{id}/documents/{doc.Id}", doc);
    }

    internal static async Task<Results<Ok<ClinicalDocument>, NotFound>> GetDocument(Guid id, Guid documentId, ClaimsmithDbContext db, CancellationToken ct)
    {
        var doc = await db.ClinicalDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.EncounterId == id, ct);
        return doc is null ? TypedResults.NotFound() : TypedResults.Ok(doc);
    }

    /// <summary>
    /// A change to a diagnosis, charge or document advances the encounter's version; when the
    /// client sent If-Match, the change applies only to the version it saw.
    /// </summary>
    private static async Task<ProblemHttpResult?> SaveChildChangeAsync(ClaimsmithDbContext db, HttpContext http, Encounter e, CancellationToken ct)
    {
        var (expected, fromHeader) = Concurrency.Expected(http, null);
        db.Touch(e);
        if (expected is not null)
        {
            db.ExpectVersion(e, expected.Value);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Concurrency.Conflict(fromHeader);
        }
        catch (DbUpdateException)
        {
            // Two coders adding at the same moment collide on the (encounter, sequence) index.
            return Concurrency.Conflict(fromHeader);
        }

        Concurrency.SetETag(http, e);
        return null;
    }

    private static void Sort(Encounter e)
    {
        e.Diagnoses.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        e.Charges.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
    }

    private static async Task ApplyHeaderAsync(EncounterRequest r, Encounter e, ClaimsmithDbContext db, Validation v, CancellationToken ct)
    {
        e.Kind = r.Kind ?? ClaimKind.Professional;
        if (r.ServiceFrom is null)
        {
            v.Add("serviceFrom", "Required.");
        }

        e.ServiceFrom = r.ServiceFrom ?? default;
        e.ServiceTo = r.ServiceTo ?? e.ServiceFrom;
        if (e.ServiceTo < e.ServiceFrom)
        {
            v.Add("serviceTo", "Ends before it starts.");
        }

        e.PlaceOfService = v.Digits("placeOfService", r.PlaceOfService ?? "11", 2);
        e.FacilityId = r.FacilityId;
        if (r.FacilityId is { } facilityId && !await db.Facilities.AnyAsync(f => f.Id == facilityId, ct))
        {
            v.Add("facilityId", "No such facility.");
        }

        foreach (var (field, providerId) in new[] { ("renderingProviderId", r.RenderingProviderId), ("attendingProviderId", r.AttendingProviderId), ("referringProviderId", r.ReferringProviderId) })
        {
            if (providerId is { } pid && !await db.Providers.AnyAsync(p => p.Id == pid, ct))
            {
                v.Add(field, "No such provider.");
            }
        }

        e.RenderingProviderId = r.RenderingProviderId;
        e.AttendingProviderId = r.AttendingProviderId;
        e.ReferringProviderId = r.ReferringProviderId;
        e.PriorAuthorization = v.Optional("priorAuthorization", r.PriorAuthorization, 50);
        if (e.Kind == ClaimKind.Institutional)
        {
            e.FacilityTypeCode = v.Digits("facilityTypeCode", r.FacilityTypeCode, 2);
            e.AdmissionDate = r.AdmissionDate;
            e.AdmissionHour = r.AdmissionHour;
            e.AdmissionType = v.Optional("admissionType", r.AdmissionType, 1);
            e.AdmissionSource = v.Optional("admissionSource", r.AdmissionSource, 1);
            e.DischargeDate = r.DischargeDate;
            e.DischargeHour = r.DischargeHour;
            e.PatientStatus = r.PatientStatus is null ? null : v.Digits("patientStatus", r.PatientStatus, 2);
            if (r.AdmissionHour is < 0 or > 23)
            {
                v.Add("admissionHour", "0 to 23.");
            }

            if (r.DischargeHour is < 0 or > 23)
            {
                v.Add("dischargeHour", "0 to 23.");
            }
        }
    }

    private static ChargeLine Charge(string prefix, ChargeRequest r, Encounter e, Validation v)
    {
        string F(string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
        var c = new ChargeLine
        {
            ProcedureCode = e.Kind == ClaimKind.Professional
                ? v.Code<ProcedureCode>(F("procedureCode"), r.ProcedureCode, ProcedureCode.TryParse, "CPT/HCPCS code")
                : v.OptionalCode<ProcedureCode>(F("procedureCode"), r.ProcedureCode, ProcedureCode.TryParse, "CPT/HCPCS code"),
            RevenueCode = e.Kind == ClaimKind.Institutional
                ? v.Code<RevenueCode>(F("revenueCode"), r.RevenueCode, RevenueCode.TryParse, "revenue code")
                : v.OptionalCode<RevenueCode>(F("revenueCode"), r.RevenueCode, RevenueCode.TryParse, "revenue code"),
            Units = r.Units ?? 1m,
            ServiceFrom = r.ServiceFrom ?? e.ServiceFrom,
            ServiceTo = r.ServiceTo,
            PlaceOfService = r.PlaceOfService is null ? null : v.Digits(F("placeOfService"), r.PlaceOfService, 2),
        };
        if (c.Units <= 0m || c.Units > 9999m)
        {
            v.Add(F("units"), "Units must be above 0 and at most 9999.");
        }

        if (r.Charge is not { } amount)
        {
            v.Add(F("charge"), "Required.");
        }
        else if (amount < 0m || decimal.Round(amount, 2) != amount)
        {
            v.Add(F("charge"), "A non-negative amount with at most two decimals.");
        }
        else
        {
            c.Charge = Money.Of(amount);
        }

        var modifiers = r.Modifiers ?? [];
        if (modifiers.Length > 4)
        {
            v.Add(F("modifiers"), "At most four modifiers (SV101-3 to SV101-6).");
        }

        var parsed = new List<Modifier>();
        for (var i = 0; i < Math.Min(4, modifiers.Length); i++)
        {
            parsed.Add(v.Code<Modifier>(F($"modifiers[{i}]"), modifiers[i], Modifier.TryParse, "modifier"));
        }

        c.SetModifiers(parsed);
        var pointers = r.DiagnosisPointers ?? [];
        if (pointers.Length > 4)
        {
            v.Add(F("diagnosisPointers"), "At most four diagnosis pointers (SV107).");
        }

        foreach (var p in pointers.Take(4))
        {
            if (!e.Diagnoses.Any(d => d.Sequence == p))
            {
                v.Add(F("diagnosisPointers"), $"Pointer {p} names no diagnosis on the encounter.");
            }
        }

        c.SetPointers(pointers.Take(4).ToArray());
        if (e.Kind == ClaimKind.Professional && pointers.Length == 0)
        {
            v.Add(F("diagnosisPointers"), "A professional charge points to at least one diagnosis.");
        }

        c.Ndc = v.OptionalCode<Ndc>(F("ndc"), r.Ndc, Ndc.TryParse, "NDC (11 digits, 5-4-2)");
        if (c.Ndc is not null)
        {
            c.NdcQuantity = r.NdcQuantity;
            c.NdcUnit = r.NdcUnit?.ToUpperInvariant();
            if (r.NdcQuantity is not > 0m)
            {
                v.Add(F("ndcQuantity"), "A drug line needs a quantity (CTP04).");
            }

            if (c.NdcUnit is null || !NdcUnits.Contains(c.NdcUnit))
            {
                v.Add(F("ndcUnit"), $"Unit of measure: one of {string.Join(", ", NdcUnits)} (CTP05-1).");
            }
        }

        if (c.ServiceFrom < e.ServiceFrom || (c.ServiceTo ?? c.ServiceFrom) > e.ServiceTo)
        {
            v.Add(F("serviceFrom"), "Line dates fall within the encounter's dates of service.");
        }

        return c;
    }
}
