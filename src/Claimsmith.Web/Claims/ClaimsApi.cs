using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Documents;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Claims;

/// <summary>
/// Claims: build from an encounter, mark ready, lifecycle transitions, history, ledger.
/// The 837 batch export belongs here too (POST /api/claims/batches) once Claimsmith.X12 lands.
/// </summary>
internal static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/claims").WithTags("Claims").Audited("Claim", "claim");
        api.MapGet("/", List).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Read);
        api.MapPost("/", Build).RequireAuthorization(Policies.Billing);
        api.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Billing);
        api.MapPost("/{id:guid}/ready", MarkReady).RequireAuthorization(Policies.Billing);
        api.MapPost("/{id:guid}/transitions", Transition).RequireAuthorization(Policies.Billing);
        api.MapGet("/{id:guid}/history", History).RequireAuthorization(Policies.Read);
        api.MapGet("/{id:guid}/ledger", Ledger).RequireAuthorization(Policies.BillingRead);
        api.MapPost("/{id:guid}/ledger", Post).RequireAuthorization(Policies.Billing);
        api.MapGet("/{id:guid}/cms1500.pdf", Cms1500).RequireAuthorization(Policies.BillingRead);
        return app;
    }

    internal static async Task<Ok<Page<ClaimSummary>>> List(
        ClaimsmithDbContext db, ClaimStatus? status, Guid? patientId, Guid? payerId, Guid? organizationId, ClaimKind? kind,
        DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Claims.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(c => c.Status == status);
        }

        if (patientId is not null)
        {
            query = query.Where(c => c.PatientId == patientId);
        }

        if (payerId is not null)
        {
            query = query.Where(c => c.PayerId == payerId);
        }

        if (organizationId is not null)
        {
            query = query.Where(c => c.OrganizationId == organizationId);
        }

        if (kind is not null)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (from is not null)
        {
            query = query.Where(c => c.ServiceFrom >= from);
        }

        if (to is not null)
        {
            query = query.Where(c => c.ServiceFrom <= to);
        }

        var rows = query.OrderByDescending(c => c.ServiceFrom).ThenBy(c => c.ClaimNumber).Select(c => new ClaimSummary(
            c.Id, c.ClaimNumber, c.Kind, c.Status, c.Frequency, c.PatientId, PatientName(c.Patient.LastName, c.Patient.FirstName),
            c.Payer.Name, c.ServiceFrom, c.ServiceTo, c.CreatedAt, c.Version));
        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(rows, ct));
    }

    // Joined after the encrypted columns are read and decrypted: in SQL it would join ciphertexts.
    private static string PatientName(string lastName, string firstName) => lastName + ", " + firstName;

    internal static Task<Claim?> LoadAsync(ClaimsmithDbContext db, Guid id, bool tracked, CancellationToken ct)
    {
        var q = db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery();
        return (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct);
    }

    private static Claim Sorted(Claim c)
    {
        c.Lines.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        c.Diagnoses.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return c;
    }

    internal static async Task<Results<Ok<Claim>, NotFound>> Get(Guid id, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var claim = await LoadAsync(db, id, tracked: false, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        Concurrency.SetETag(http, claim);
        return TypedResults.Ok(Sorted(claim));
    }

    internal static async Task<Results<Created<Claim>, ValidationProblem>> Build(BuildClaimRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        var encounter = request.EncounterId is { } eid
            ? await db.Encounters.Include(e => e.Diagnoses).Include(e => e.Charges).AsSplitQuery().AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid, ct)
            : null;
        if (encounter is null)
        {
            v.Add("encounterId", "Name an existing encounter.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var coverage = request.CoverageId is { } cid
            ? await db.Coverages.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct)
            : (await db.Coverages.AsNoTracking().Where(c => c.PatientId == encounter.PatientId).OrderBy(c => c.Order).ToListAsync(ct))
                .FirstOrDefault(c => c.IsActiveOn(encounter.ServiceFrom));
        if (coverage is null)
        {
            v.Add("coverageId", "No coverage: name one, or give the patient a coverage in effect on the date of service.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var others = await db.Coverages.AsNoTracking().Where(c => c.PatientId == encounter.PatientId && c.Id != coverage.Id).ToListAsync(ct);
        var otherPayerIds = others.Select(c => c.PayerId).ToList();
        var otherPayers = await db.Payers.AsNoTracking().Where(p => otherPayerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var providerIds = new[] { encounter.RenderingProviderId, encounter.AttendingProviderId, encounter.ReferringProviderId }.OfType<Guid>().ToList();
        var number = await db.NextClaimNumberAsync(ct);
        var result = ClaimBuilder.Build(new ClaimBuildRequest
        {
            Encounter = encounter,
            Patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == encounter.PatientId, ct),
            Coverage = coverage,
            Payer = await db.Payers.AsNoTracking().SingleAsync(p => p.Id == coverage.PayerId, ct),
            Organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == encounter.OrganizationId, ct),
            Providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct),
            Facility = encounter.FacilityId is { } fid ? await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fid, ct) : null,
            OtherCoverages = others.Select(c => (c, otherPayers[c.PayerId])).ToList(),
            ClaimNumber = number,
            Actor = http.Actor(),
        }, clock);
        if (result.Claim is not { } claim)
        {
            v.AddIssues(result.Issues);
            return TypedResults.ValidationProblem(v.Errors);
        }

        // The claim and its charges reach the ledger in one SaveChanges, i.e. one transaction.
        var ledger = new Billing.Ledger([], clock);
        ledger.PostCharges(claim, http.Actor());
        db.Claims.Add(claim);
        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, claim);
        return TypedResults.Created($"/api/claims/{claim.Id}", Sorted(claim));
    }

    internal static async Task<Results<Ok<Claim>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, ClaimUpdateRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var claim = await LoadAsync(db, id, tracked: true, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        if (ClaimLifecycle.IsLocked(claim.Status))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"A {claim.Status} claim cannot be edited.", type: "https://claimsmith.dev/problems/claim-locked");
        }

        var v = new Validation();
        claim.Frequency = request.Frequency ?? claim.Frequency;
        claim.OriginalReferenceNumber = v.Optional("originalReferenceNumber", request.OriginalReferenceNumber, 50);
        claim.PriorAuthorization = v.Optional("priorAuthorization", request.PriorAuthorization, 50);
        if (claim.Frequency != ClaimFrequency.Original && claim.OriginalReferenceNumber is null)
        {
            v.Add("originalReferenceNumber", "Replacement and void claims need the payer's original claim number (REF*F8).");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, claim, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(Sorted(claim));
    }

    /// <summary>
    /// Draft to Ready: the completeness checks (<see cref="ClaimValidator"/>, a 400 listing the
    /// fields), then the scrubber (<see cref="ClaimScrubService"/>): an error that has not been
    /// overridden blocks the claim (a 422 problem listing the findings), warnings do not.
    /// </summary>
    internal static async Task<Results<Ok<Claim>, NotFound, ValidationProblem, ProblemHttpResult>> MarkReady(Guid id, ReadyRequest? request, ClaimsmithDbContext db, ClaimScrubService scrubber, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var claim = await LoadAsync(db, id, tracked: true, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        if (claim.Status != ClaimStatus.Draft)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"A {claim.Status} claim cannot be marked ready.", type: "https://claimsmith.dev/problems/claim-transition");
        }

        var incomplete = ClaimValidator.Validate(claim);
        if (incomplete.Count > 0)
        {
            return NotComplete(incomplete);
        }

        var reports = await scrubber.ScrubAsync(db, [claim], ct);
        if (reports is null)
        {
            return ClaimScrubApi.NoSnapshot(scrubber);
        }

        var scrub = reports[0];
        if (scrub.HasErrors)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: $"The scrubber found {scrub.Errors} error(s): the claim cannot be marked ready.",
                detail: "Fix each error, or override it with the reason (POST /api/claims/{id}/scrub/overrides), then mark the claim ready again.",
                type: "https://claimsmith.dev/problems/scrub-errors",
                extensions: new Dictionary<string, object?> { ["findings"] = scrub.Findings, ["overridden"] = scrub.Overridden });
        }

        var issues = claim.MarkReady(http.Actor(), clock);
        if (issues.Count > 0)
        {
            return NotComplete(issues);
        }

        // The status history keeps what the scrub said when the claim was let through.
        claim.History[^1].Note = scrub.Summary;
        return await SaveTransitionAsync(db, http, claim, request?.Version, ct);
    }

    private static ValidationProblem NotComplete(IEnumerable<BillingIssue> issues)
    {
        var v = new Validation();
        v.AddIssues(issues);
        return TypedResults.ValidationProblem(v.Errors, title: "The claim is not complete.");
    }

    internal static async Task<Results<Ok<Claim>, NotFound, ValidationProblem, ProblemHttpResult>> Transition(Guid id, TransitionRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        if (request.To is not { } to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Required: the status to move to."] });
        }

        if (to == ClaimStatus.Ready)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["Use POST /api/claims/{id}/ready, which checks the claim first."] });
        }

        var claim = await LoadAsync(db, id, tracked: true, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        var actor = http.Actor();
        if (claim.TransitionTo(to, actor, clock, request.Note) is { } refused)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: refused.Message, type: "https://claimsmith.dev/problems/claim-transition",
                extensions: new Dictionary<string, object?> { ["code"] = refused.Code, ["allowed"] = ClaimLifecycle.Next(claim.Status).Select(s => s.ToString()).ToArray() });
        }

        if (request.PayerClaimControlNumber is { Length: > 0 and <= 50 } icn)
        {
            claim.PayerClaimControlNumber = icn;
        }

        if (to == ClaimStatus.Voided)
        {
            // A voided claim owes nothing: write off what is left in each bucket.
            var ledger = new Billing.Ledger(await db.LedgerEntries.Where(e => e.ClaimId == claim.Id).ToListAsync(ct), clock);
            var balance = ledger.ClaimBalance(claim.Id);
            foreach (var (bucket, amount) in new[] { (LedgerBucket.Insurance, balance.Insurance), (LedgerBucket.Patient, balance.Patient) })
            {
                if (amount != Money.Zero)
                {
                    ledger.PostAdjustment(claim, bucket, amount, "VOID", actor, "Claim voided");
                }
            }

            db.LedgerEntries.AddRange(ledger.Pending);
        }

        return await SaveTransitionAsync(db, http, claim, request.Version, ct);
    }

    private static async Task<Results<Ok<Claim>, NotFound, ValidationProblem, ProblemHttpResult>> SaveTransitionAsync(ClaimsmithDbContext db, HttpContext http, Claim claim, long? bodyVersion, CancellationToken ct)
    {
        // Status changes always take the concurrency check: two billers must not both move a claim.
        var (expected, fromHeader) = Concurrency.Expected(http, bodyVersion);
        db.Touch(claim);
        if (expected is not null)
        {
            db.ExpectVersion(claim, expected.Value);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Concurrency.Conflict(fromHeader);
        }

        Concurrency.SetETag(http, claim);
        return TypedResults.Ok(Sorted(claim));
    }

    internal static async Task<Results<Ok<List<ClaimStatusChange>>, NotFound>> History(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var history = await db.ClaimStatusChanges.AsNoTracking().Where(h => h.ClaimId == id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(ct);
        return TypedResults.Ok(history);
    }

    internal static async Task<Results<Ok<LedgerResponse>, NotFound>> Ledger(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == id).OrderBy(e => e.PostedAt).ThenBy(e => e.Id).ToListAsync(ct);
        var b = LedgerBalance.Of(entries);
        return TypedResults.Ok(new LedgerResponse(entries, b.Insurance.Amount, b.Patient.Amount, b.Total.Amount));
    }

    internal static async Task<Results<Ok<LedgerResponse>, NotFound, ValidationProblem>> Post(Guid id, PostingRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var amount = Money.Zero;
        if (request.Kind is not LedgerEntryKind.Reversal)
        {
            if (request.Amount is not { } a || decimal.Round(a, 2) != a)
            {
                v.Add("amount", "Required, with at most two decimals.");
            }
            else
            {
                amount = Money.Of(a);
            }
        }

        if (request.Kind is null or LedgerEntryKind.Charge)
        {
            v.Add("kind", "One of Payment, Adjustment, Transfer, Reversal (charges are posted when the claim is built).");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var ledger = new Billing.Ledger(await db.LedgerEntries.Where(e => e.ClaimId == id).ToListAsync(ct), clock);
        var actor = http.Actor();
        var bucket = request.Bucket ?? LedgerBucket.Insurance;
        var result = request.Kind switch
        {
            LedgerEntryKind.Payment => ledger.PostPayment(claim, bucket, amount, v.Optional("reference", request.Reference, 50), actor),
            LedgerEntryKind.Adjustment => ledger.PostAdjustment(claim, bucket, amount, request.ReasonCode ?? "", actor, request.Memo),
            LedgerEntryKind.Transfer => ledger.Transfer(claim, bucket, request.ToBucket ?? LedgerBucket.Patient, amount, actor, request.ReasonCode),
            _ => ledger.Reverse(request.EntryId ?? Guid.Empty, actor, request.Memo),
        };
        if (result.Issue is { } issue)
        {
            v.AddIssues([issue]);
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.LedgerEntries.AddRange(ledger.Pending);
        await db.SaveChangesAsync(ct);
        var b = ledger.ClaimBalance(id);
        return TypedResults.Ok(new LedgerResponse(ledger.Entries.OrderBy(e => e.PostedAt).ThenBy(e => e.Id).ToList(), b.Insurance.Amount, b.Patient.Amount, b.Total.Amount));
    }

    /// <summary>The claim as a CMS-1500 PDF: <c>?mode=full</c> (default) or <c>?mode=data</c> for the pre-printed red form.</summary>
    internal static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Cms1500(Guid id, string? mode, ClaimsmithDbContext db, CancellationToken ct)
    {
        var claim = await LoadAsync(db, id, tracked: false, ct);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        if (claim.Kind != ClaimKind.Professional)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Institutional claims print on a UB-04, not a CMS-1500.", type: "https://claimsmith.dev/problems/form-kind");
        }

        var pdf = Cms1500Renderer.Render(claim, mode == "data" ? Cms1500Mode.DataOnly : Cms1500Mode.FullForm);
        return TypedResults.File(pdf, "application/pdf", $"{claim.ClaimNumber}.cms1500.pdf");
    }
}
