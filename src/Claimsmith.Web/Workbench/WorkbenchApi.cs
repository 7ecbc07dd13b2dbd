using System.IO.Compression;
using Claimsmith.Billing;
using Claimsmith.Coding;
using Claimsmith.Data;
using Claimsmith.Documents;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Claims;
using Claimsmith.Web.Coding;
using Claimsmith.Web.Common;
using Claimsmith.Web.Freelance;
using Claimsmith.Web.Hosting;
using Claimsmith.Web.Workbench.Coding;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Workbench;

/// <summary>
/// The few calls the workbench screens make that the REST API has no single endpoint for:
/// scrub the coding screen's unsaved draft, save a coded encounter in one transaction (diagnoses,
/// charges and the coder's decisions), and the CMS-1500 forms of several claims as one ZIP.
/// Audited and authorized like the API groups they sit beside.
/// </summary>
internal static class WorkbenchApi
{
    private const int MaxFormsPerZip = 500;

    public static IEndpointRouteBuilder MapWorkbenchApi(this IEndpointRouteBuilder app)
    {
        var coding = app.MapGroup("/api/workbench/encounters/{id:guid}").WithTags("Workbench").Audited("Encounter", "workbench-coding");
        coding.MapPost("/scrub", ScrubDraft).RequireAuthorization(Policies.Coding)
            .WithSummary("Scrub the coding screen's draft (diagnoses and charges) without saving it");
        coding.MapPost("/coding", Save).RequireAuthorization(Policies.Coding)
            .WithSummary("Save a coded encounter: diagnoses in sequence, charges, and the coder's decisions on the suggestions");
        app.MapGroup("/api/workbench/claims").WithTags("Workbench").Audited("Claim", "workbench-claim")
            .MapGet("/cms1500.zip", Forms).RequireAuthorization(Policies.BillingRead)
            .WithSummary("CMS-1500 PDFs of several professional claims as one ZIP (ids comma separated)");
        return app;
    }

    internal static async Task<Results<Ok<DraftScrubResult>, NotFound, ProblemHttpResult>> ScrubDraft(
        Guid id, DraftCoding draft, ClaimsmithDbContext db, WorkbenchDraftScrub scrub, ClaimScrubService scrubber, CancellationToken ct)
    {
        var encounter = await db.Encounters.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (encounter is null)
        {
            return TypedResults.NotFound();
        }

        var result = await scrub.ScrubAsync(encounter, draft, ct);
        return result is null ? ClaimScrubApi.NoSnapshot(scrubber) : TypedResults.Ok(result);
    }

    /// <summary>What the save did; <c>PricedFromFeeSchedule</c> counts the charge lines whose amount came from the practice fee schedule.</summary>
    internal sealed record SaveResponse(Guid EncounterId, long Version, int Diagnoses, int Charges, int Decisions, string? Next, int PricedFromFeeSchedule = 0);

    internal static async Task<Results<Ok<SaveResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Save(
        Guid id, SaveCoding request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var encounter = await db.Encounters.Include(e => e.Diagnoses).Include(e => e.Charges).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (encounter is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Version is { } version && version != encounter.Version)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Someone else changed this encounter while you were coding it.",
                detail: "Reload the screen to see their changes, then code it again.", type: "https://claimsmith.dev/problems/concurrency");
        }

        var v = new Validation();
        var priced = new List<int>();
        var fees = await WorkbenchDraftScrub.FeesForAsync(db, encounter, request.Charges, ct);
        var draft = WorkbenchDraftScrub.Apply(encounter, new DraftCoding(request.Diagnoses, request.Charges), v, fees, priced);
        if (draft.Diagnoses.Count == 0)
        {
            v.Add("diagnoses", "Accept or add at least one diagnosis before saving.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors, title: "The coding cannot be saved yet.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var decisions = 0;
        if (request.SetId is { } setId && request.Decisions is { Count: > 0 } items)
        {
            var decided = await CodingApi.Decide(id, setId, new DecisionsRequest(items), db, http, clock, ct);
            switch (decided.Result)
            {
                case ValidationProblem invalid:
                    return invalid;
                case NotFound:
                    v.Add("setId", "The suggestion set is not this encounter's; reload the screen.");
                    return TypedResults.ValidationProblem(v.Errors);
                case Ok<List<CodingDecision>> ok:
                    decisions = ok.Value!.Count;
                    break;
            }
        }

        // The encounter's codes are replaced as a whole: the screen always sends the complete list.
        db.EncounterDiagnoses.RemoveRange(encounter.Diagnoses);
        db.ChargeLines.RemoveRange(encounter.Charges);
        encounter.Diagnoses.Clear();
        encounter.Charges.Clear();
        foreach (var d in draft.Diagnoses)
        {
            encounter.AddDiagnosis(d.Code, d.PresentOnAdmission);
        }

        foreach (var c in draft.Charges)
        {
            var line = new ChargeLine
            {
                ProcedureCode = c.ProcedureCode,
                RevenueCode = c.RevenueCode,
                Units = c.Units,
                Charge = c.Charge,
                ServiceFrom = c.ServiceFrom,
            };
            line.SetModifiers(c.Modifiers());
            line.SetPointers(c.Pointers());
            encounter.AddCharge(line);
        }

        db.EncounterDiagnoses.AddRange(encounter.Diagnoses);
        db.ChargeLines.AddRange(encounter.Charges);
        encounter.Version++;

        // The coded chart counts for the coder's productivity and per-chart invoices (freelance
        // services), recorded with the save as POST /api/freelance/charts would.
        if (Policies.Roles[Policies.FreelanceWork].Any(http.User.IsInRole))
        {
            var documents = (await db.ClinicalDocuments.AsNoTracking().Where(d => d.EncounterId == id).Select(d => new { d.Kind, d.CreatedAt }).ToListAsync(ct))
                .Select(d => (d.Kind, d.CreatedAt)).ToList();
            var codes = CodeLists.Format(encounter.Diagnoses.Select(d => d.Code.ToString()).Concat(encounter.Charges.Select(c => c.ProcedureCode?.ToString() ?? "")));
            db.CodedCharts.Add(FreelanceApi.ChartOf(encounter, documents, null, CodingLevel.Coder, codes, http.Actor(), clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var next = await db.Encounters.AsNoTracking()
            .Where(e => e.Id != id && db.ClinicalDocuments.Any(d => d.EncounterId == e.Id) && !db.EncounterDiagnoses.Any(d => d.EncounterId == e.Id))
            .OrderBy(e => e.ServiceFrom).ThenBy(e => e.Id).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(new SaveResponse(id, encounter.Version, encounter.Diagnoses.Count, encounter.Charges.Count, decisions, next is { } n ? $"/coding/{n}" : null, priced.Count));
    }

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> Forms(string? ids, ClaimsmithDbContext db, CancellationToken ct)
    {
        var v = new Validation();
        var list = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Distinct().ToList();
        if (list.Count == 0 || list.Contains(Guid.Empty))
        {
            v.Add("ids", "Name one or more claims by id, separated by commas.");
        }
        else if (list.Count > MaxFormsPerZip)
        {
            v.Add("ids", $"At most {MaxFormsPerZip} claims at once.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery()
            .Where(c => list.Contains(c.Id) && c.Kind == ClaimKind.Professional).ToListAsync(ct);
        if (claims.Count == 0)
        {
            v.Add("ids", "None of these is a professional claim you can see: institutional claims print on a UB-04.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var claim in claims.OrderBy(c => c.ClaimNumber, StringComparer.Ordinal))
            {
                claim.Lines.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
                claim.Diagnoses.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
                var entry = zip.CreateEntry($"{claim.ClaimNumber}.cms1500.pdf", CompressionLevel.Fastest);
                await using var s = entry.Open();
                await s.WriteAsync(Cms1500Renderer.Render(claim, Cms1500Mode.FullForm), ct);
            }
        }

        return TypedResults.File(buffer.ToArray(), "application/zip", "cms1500-forms.zip");
    }
}
