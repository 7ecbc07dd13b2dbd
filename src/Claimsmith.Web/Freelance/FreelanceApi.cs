using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Freelance;
using Claimsmith.Documents;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Freelance;

/// <summary>
/// Freelance coders and billing services (issue 10) over the API, for the workbench's time sheet,
/// productivity, quality review and invoice screens. Screens report activity
/// (<c>POST /api/freelance/activity</c>) and coded charts (<c>POST /api/freelance/charts</c>);
/// coders read their own time and reports; admins manage clients, contracts and invoices;
/// auditors run quality reviews. Every row belongs to a client organization, so the organization
/// scope applies throughout.
/// </summary>
internal static class FreelanceApi
{
    public static IEndpointRouteBuilder MapFreelanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/freelance").WithTags("Freelance").Audited("Freelance", "freelance");

        api.MapGet("/clients", ListClients).RequireAuthorization(Policies.Admin);
        api.MapPost("/clients", CreateClient).RequireAuthorization(Policies.Admin);
        api.MapGet("/clients/{id:guid}", GetClient).RequireAuthorization(Policies.Admin);
        api.MapPut("/clients/{id:guid}", UpdateClient).RequireAuthorization(Policies.Admin);
        api.MapGet("/clients/{id:guid}/contracts", ListContracts).RequireAuthorization(Policies.Admin);
        api.MapPost("/clients/{id:guid}/contracts", CreateContract).RequireAuthorization(Policies.Admin)
            .WithSummary("Add a contract: any of hourly rate, per-chart rates, percentage of collections, minimum monthly fee; payment terms; effective dates");
        api.MapGet("/clients/{id:guid}/report", ClientReport).RequireAuthorization(Policies.Admin)
            .WithSummary("Work done, turnaround and accuracy for the client (counts only; `format=csv` for CSV)");

        api.MapPost("/activity", RecordActivity).RequireAuthorization(Policies.FreelanceWork)
            .WithSummary("A screen reports that the signed-in user is working (heartbeat) or left (end) on a client's encounter or claim");
        api.MapPost("/charts", RecordChart).RequireAuthorization(Policies.FreelanceWork)
            .WithSummary("Mark an encounter coded (or second-level reviewed) with its codes; codes default to the encounter's diagnoses and procedures");
        api.MapGet("/time", GetTime).RequireAuthorization(Policies.FreelanceWork)
            .WithSummary("Sessions built from activity (idle gaps over the client's pause excluded) and effective manual entries; `user` other than oneself for admins only");
        api.MapGet("/time/entries", ListEntries).RequireAuthorization(Policies.FreelanceWork)
            .WithSummary("Every manual entry including superseded ones (the history of corrections)");
        api.MapPost("/time/entries", AddEntry).RequireAuthorization(Policies.FreelanceWork)
            .WithSummary("Add time by hand, or correct an entry (supersedesId): the original is kept");

        api.MapGet("/reports/my-week", MyWeek).RequireAuthorization(Policies.FreelanceWork);
        api.MapGet("/reports/my-accuracy", MyAccuracy).RequireAuthorization(Policies.FreelanceWork);
        api.MapGet("/reports/productivity", GetProductivity).RequireAuthorization(Policies.FreelanceWork)
            .WithSummary("Charts per hour by chart type, suggestion acceptance, codes changed by second-level review, turnaround");

        api.MapPost("/quality-reviews", StartReview).RequireAuthorization(Policies.Audit)
            .WithSummary("Sample a coder's charts for re-coding (reproducible from `seed`)");
        api.MapGet("/quality-reviews", ListReviews).RequireAuthorization(Policies.Audit);
        api.MapGet("/quality-reviews/{id:guid}", GetReview).RequireAuthorization(Policies.Audit);
        api.MapPut("/quality-reviews/{id:guid}/items/{itemId:guid}", Recode).RequireAuthorization(Policies.Audit)
            .WithSummary("The auditor's codes for one sampled chart (once)");
        api.MapGet("/quality-reviews/{id:guid}/accuracy", ReviewAccuracy).RequireAuthorization(Policies.Audit)
            .WithSummary("Accuracy per code and per chart against the 95% standard, with the differences");

        api.MapGet("/invoices", ListInvoices).RequireAuthorization(Policies.Admin);
        api.MapGet("/invoices/preview", PreviewInvoice).RequireAuthorization(Policies.Admin);
        api.MapPost("/invoices", IssueInvoice).RequireAuthorization(Policies.Admin)
            .WithSummary("Compute, number and issue the invoice of a client for a period (`YYYY-MM`)");
        api.MapGet("/invoices/aging", Aging).RequireAuthorization(Policies.Admin);
        api.MapGet("/invoices/{id:guid}", GetInvoice).RequireAuthorization(Policies.Admin);
        api.MapGet("/invoices/{id:guid}/pdf", InvoicePdf).RequireAuthorization(Policies.Admin);
        api.MapGet("/invoices/{id:guid}/csv", InvoiceCsv).RequireAuthorization(Policies.Admin);
        api.MapPost("/invoices/{id:guid}/void", VoidInvoice).RequireAuthorization(Policies.Admin);
        api.MapPost("/invoices/{id:guid}/reissue", ReissueInvoice).RequireAuthorization(Policies.Admin);
        api.MapGet("/invoices/{id:guid}/payments", ListPayments).RequireAuthorization(Policies.Admin);
        api.MapPost("/invoices/{id:guid}/payments", AddPayment).RequireAuthorization(Policies.Admin);
        return app;
    }

    private static bool IsAdmin(HttpContext http) => http.User.IsInRole(ClaimsmithRoles.Admin);

    /// <summary>Whose data: oneself, or anyone for an admin; null when refused.</summary>
    private static string? Subject(HttpContext http, string? user) =>
        string.IsNullOrWhiteSpace(user) || user == http.Actor() ? http.Actor() : IsAdmin(http) ? user : null;

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only admins see other users' time and reports");

    private static (DateOnly From, DateOnly To)? Range(DateOnly? from, DateOnly? to, TimeProvider clock, Validation v)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var f = from ?? new DateOnly(today.Year, today.Month, 1);
        var t = to ?? f.AddMonths(1).AddDays(-1);
        if (t < f || t.DayNumber - f.DayNumber > 366)
        {
            v.Add("to", "The range ends after it starts and spans at most a year.");
            return null;
        }

        return (f, t);
    }

    /// <summary>A month as <c>YYYY-MM</c>: its first and last day.</summary>
    internal static bool TryParsePeriod(string? text, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return false;
        }

        end = start.AddMonths(1).AddDays(-1);
        return true;
    }

    // ---- clients and contracts

    internal static async Task<Ok<List<FreelanceClient>>> ListClients(ClaimsmithDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.FreelanceClients.AsNoTracking().OrderBy(c => c.CreatedAt).ToListAsync(ct));

    internal static async Task<Results<Ok<FreelanceClient>, NotFound>> GetClient(Guid id, ClaimsmithDbContext db, CancellationToken ct) =>
        await db.FreelanceClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound();

    internal static async Task<Results<Created<FreelanceClient>, ValidationProblem>> CreateClient(ClientRequest request, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var client = new FreelanceClient { CreatedAt = clock.GetUtcNow() };
        var v = await ApplyAsync(request, client, db, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.FreelanceClients.Add(client);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/freelance/clients/{client.Id}", client);
    }

    internal static async Task<Results<Ok<FreelanceClient>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateClient(Guid id, ClientRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var client = await db.FreelanceClients.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return TypedResults.NotFound();
        }

        var v = await ApplyAsync(request with { OrganizationId = client.OrganizationId }, client, db, ct);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var saved = await Concurrency.SaveAsync(db, http, client, request.Version, ct);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        return saved.Conflict is { } conflict ? conflict : TypedResults.Ok(client);
    }

    private static async Task<Validation> ApplyAsync(ClientRequest r, FreelanceClient client, ClaimsmithDbContext db, CancellationToken ct)
    {
        var v = new Validation();
        if (r.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            v.Add("organizationId", "Name an existing client organization.");
        }
        else
        {
            client.OrganizationId = orgId;
        }

        client.VendorUser = v.Optional("vendorUser", r.VendorUser, 256);
        client.VendorName = v.Optional("vendorName", r.VendorName, 200);
        if (client.VendorUser is null && client.VendorName is null)
        {
            v.Add("vendorUser", "Name the freelance user (vendorUser) or the billing company (vendorName) working for the client.");
        }

        client.Reference = v.Optional("reference", r.Reference, 100);
        client.IdlePauseMinutes = r.IdlePauseMinutes ?? client.IdlePauseMinutes;
        if (client.IdlePauseMinutes is < 1 or > 120)
        {
            v.Add("idlePauseMinutes", "The idle pause is 1 to 120 minutes.");
        }

        client.Active = r.Active ?? client.Active;
        return v;
    }

    internal static async Task<Results<Ok<List<FreelanceContract>>, NotFound>> ListContracts(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        if (!await db.FreelanceClients.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await db.FreelanceContracts.AsNoTracking().Where(c => c.ClientId == id).OrderBy(c => c.EffectiveFrom).ToListAsync(ct));
    }

    internal static async Task<Results<Created<FreelanceContract>, NotFound, ValidationProblem>> CreateContract(Guid id, ContractRequest r, ClaimsmithDbContext db, CancellationToken ct)
    {
        var client = await db.FreelanceClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if (r.EffectiveFrom is null)
        {
            v.Add("effectiveFrom", "The first day the contract applies is required.");
        }

        var contract = new FreelanceContract
        {
            ClientId = client.Id,
            OrganizationId = client.OrganizationId,
            EffectiveFrom = r.EffectiveFrom ?? default,
            EffectiveTo = r.EffectiveTo,
            HourlyRate = r.HourlyRate,
            PerChartRate = r.PerChartRate,
            OutpatientChartRate = r.OutpatientChartRate,
            EmergencyChartRate = r.EmergencyChartRate,
            InpatientChartRate = r.InpatientChartRate,
            SurgeryChartRate = r.SurgeryChartRate,
            CollectionsPercent = r.CollectionsPercent,
            MinimumMonthlyFee = r.MinimumMonthlyFee,
            PaymentTermsDays = r.PaymentTermsDays ?? 30,
        };
        v.AddIssues(contract.Validate());
        // Contracts of one client do not overlap: which terms apply on a day must be unambiguous.
        var others = await db.FreelanceContracts.AsNoTracking().Where(c => c.ClientId == id).ToListAsync(ct);
        if (r.EffectiveFrom is not null && others.Any(o => o.EffectiveFrom <= (contract.EffectiveTo ?? DateOnly.MaxValue) && (o.EffectiveTo ?? DateOnly.MaxValue) >= contract.EffectiveFrom))
        {
            v.Add("effectiveFrom", "The contract overlaps another contract of the client: end that one first.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.FreelanceContracts.Add(contract);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/freelance/clients/{id}/contracts", contract);
    }

    internal static async Task<Results<Ok<ClientReport>, FileContentHttpResult, NotFound, ValidationProblem>> ClientReport(Guid id, DateOnly? from, DateOnly? to, string? format, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var client = await db.FreelanceClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if (Range(from, to, clock, v) is not { } range)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var report = await new FreelanceService(db, clock).ClientReportAsync(client, range.From, range.To, ct);
        return format == "csv"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(FreelanceCsv.ClientReport(report)), "text/csv", $"client-report-{range.From:yyyy-MM-dd}.csv")
            : TypedResults.Ok(report);
    }

    // ---- time capture

    internal static async Task<Results<Accepted, ValidationProblem>> RecordActivity(ActivityRequest r, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        var screen = v.Required("screen", r.Screen, 50);
        if (r.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            v.Add("organizationId", "Name a client organization you work for.");
        }
        else if (r.EncounterId is { } e && !await db.Encounters.AnyAsync(x => x.Id == e && x.OrganizationId == orgId, ct))
        {
            v.Add("encounterId", "No such encounter of that client.");
        }
        else if (r.ClaimId is { } c && !await db.Claims.AnyAsync(x => x.Id == c && x.OrganizationId == orgId, ct))
        {
            v.Add("claimId", "No such claim of that client.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        // The server's clock, not the browser's: a screen cannot claim time it did not report.
        db.ActivityEvents.Add(new ActivityEvent
        {
            OrganizationId = r.OrganizationId!.Value,
            User = http.Actor(),
            EncounterId = r.EncounterId,
            ClaimId = r.ClaimId,
            Screen = screen,
            Kind = r.Kind ?? ActivityEventKind.Heartbeat,
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>
    /// The coded chart of an encounter (its chart type classified unless given, the first
    /// document's arrival for turnaround), for POST /charts and the workbench's save alike.
    /// </summary>
    internal static CodedChart ChartOf(Encounter encounter, IReadOnlyCollection<(string Kind, DateTimeOffset CreatedAt)> documents, ChartType? chartType, CodingLevel level, string codes, string coder, DateTimeOffset now) => new()
    {
        OrganizationId = encounter.OrganizationId,
        EncounterId = encounter.Id,
        ChartType = chartType ?? ChartClassifier.Classify(encounter.PlaceOfService, encounter.FacilityTypeCode, documents.Select(d => d.Kind)),
        Level = level,
        Coder = coder,
        Codes = codes,
        DocumentArrivedAt = documents.Count == 0 ? null : documents.Min(d => d.CreatedAt),
        CodedAt = now,
    };

    internal static async Task<Results<Created<CodedChart>, ValidationProblem>> RecordChart(ChartRequest r, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        var encounter = r.EncounterId is { } id
            ? await db.Encounters.AsNoTracking().Include(e => e.Diagnoses).Include(e => e.Charges).Include(e => e.Documents).FirstOrDefaultAsync(e => e.Id == id, ct)
            : null;
        if (encounter is null)
        {
            v.Add("encounterId", "Name an existing encounter.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var level = r.Level ?? CodingLevel.Coder;
        if (level == CodingLevel.SecondLevelReview && !(IsAdmin(http) || http.User.IsInRole(ClaimsmithRoles.Coder) || http.User.IsInRole(ClaimsmithRoles.Biller)))
        {
            v.Add("level", "Second-level review is recorded by staff coders, billers or admins.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var codes = r.Codes is { Length: > 0 }
            ? CodeLists.Format(r.Codes)
            : CodeLists.Format(encounter.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code.ToString()).Concat(encounter.Charges.OrderBy(c => c.Sequence).Select(c => c.ProcedureCode?.ToString() ?? "")));
        if (codes.Length > 2000)
        {
            v.Add("codes", "At most 2,000 characters of codes.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var chart = ChartOf(encounter, encounter.Documents.Select(d => (d.Kind, d.CreatedAt)).ToList(), r.ChartType, level, codes, http.Actor(), clock.GetUtcNow());
        db.CodedCharts.Add(chart);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/freelance/charts/{chart.Id}", chart);
    }

    internal static async Task<Results<Ok<TimeSheet>, ValidationProblem, ProblemHttpResult>> GetTime(DateOnly? from, DateOnly? to, Guid? organizationId, string? user, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (Range(from, to, clock, v) is not { } range)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        if (Subject(http, user) is not { } who)
        {
            return Forbidden();
        }

        var pause = WorkSessions.DefaultPause;
        if (organizationId is { } org && await db.FreelanceClients.AsNoTracking().FirstOrDefaultAsync(c => c.OrganizationId == org, ct) is { } client)
        {
            pause = TimeSpan.FromMinutes(client.IdlePauseMinutes);
        }

        var service = new FreelanceService(db, clock);
        var sessions = await service.SessionsAsync(range.From, range.To, organizationId, who, pause, ct);
        var entries = await service.EffectiveEntriesAsync(range.From, range.To, organizationId, who, ct);
        return TypedResults.Ok(new TimeSheet(
            sessions,
            entries,
            InvoiceCalculator.Round((decimal)sessions.Sum(s => s.Duration.TotalSeconds) / 3600m),
            InvoiceCalculator.Round(entries.Sum(e => e.Minutes) / 60m)));
    }

    internal static async Task<Results<Ok<List<TimeEntry>>, ProblemHttpResult>> ListEntries(Guid? organizationId, string? user, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        if (Subject(http, user) is not { } who)
        {
            return Forbidden();
        }

        var query = db.TimeEntries.AsNoTracking().Where(e => e.User == who);
        if (organizationId is { } org)
        {
            query = query.Where(e => e.OrganizationId == org);
        }

        return TypedResults.Ok(await query.OrderBy(e => e.Date).ThenBy(e => e.CreatedAt).Take(5000).ToListAsync(ct));
    }

    internal static async Task<Results<Created<TimeEntry>, ValidationProblem, ProblemHttpResult>> AddEntry(TimeEntryRequest r, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        if (Subject(http, r.User) is not { } who)
        {
            return Forbidden();
        }

        var v = new Validation();
        if (r.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            v.Add("organizationId", "Name a client organization you work for.");
        }

        if (r.Date is null)
        {
            v.Add("date", "The day is required.");
        }

        if (r.Minutes is null)
        {
            v.Add("minutes", "Minutes are required.");
        }

        var entry = new TimeEntry
        {
            OrganizationId = r.OrganizationId ?? default,
            User = who,
            Date = r.Date ?? default,
            Minutes = r.Minutes ?? 0,
            Category = r.Category ?? TimeEntryCategory.Other,
            Note = v.Optional("note", r.Note, 1000) ?? "",
            SupersedesId = r.SupersedesId,
            CreatedBy = http.Actor(),
            CreatedAt = clock.GetUtcNow(),
        };
        var existing = r.SupersedesId is null ? [] : await db.TimeEntries.AsNoTracking().Where(e => e.Id == r.SupersedesId || e.SupersedesId == r.SupersedesId).ToListAsync(ct);
        v.AddIssues(TimeEntries.Validate(entry, existing));
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.TimeEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/freelance/time/entries/{entry.Id}", entry);
    }

    // ---- reports

    internal static async Task<Ok<CoderWeekReport>> MyWeek(DateOnly? weekStart, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = weekStart ?? today.AddDays(-(((int)today.DayOfWeek + 6) % 7)); // Monday
        return TypedResults.Ok(await new FreelanceService(db, clock).CoderWeekAsync(http.Actor(), start, ct));
    }

    internal static async Task<Results<Ok<CoderAccuracy>, ValidationProblem>> MyAccuracy(DateOnly? from, DateOnly? to, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (Range(from, to, clock, v) is not { } range)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var reviews = await new FreelanceService(db, clock).ReviewsAsync(range.From, range.To, null, http.Actor(), ct);
        return TypedResults.Ok(new CoderAccuracy(http.Actor(), range.From, range.To, FreelanceService.Accuracy(reviews)));
    }

    internal static async Task<Results<Ok<ProductivityReport>, ValidationProblem, ProblemHttpResult>> GetProductivity(DateOnly? from, DateOnly? to, Guid? organizationId, string? coder, bool? everyone, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (Range(from, to, clock, v) is not { } range)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        string? who;
        if (everyone == true)
        {
            if (!IsAdmin(http))
            {
                return Forbidden();
            }

            who = null;
        }
        else if (Subject(http, coder) is { } subject)
        {
            who = subject;
        }
        else
        {
            return Forbidden();
        }

        return TypedResults.Ok(await new FreelanceService(db, clock).ProductivityAsync(range.From, range.To, organizationId, who, ct));
    }

    // ---- quality review

    internal static async Task<Results<Created<QualityReview>, ValidationProblem>> StartReview(ReviewRequest r, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        var coder = v.Required("coder", r.Coder, 256);
        if (r.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            v.Add("organizationId", "Name an existing client organization.");
        }

        if (r.SampleSize is not (>= 1 and <= 500))
        {
            v.Add("sampleSize", "Sample 1 to 500 charts.");
        }

        if (Range(r.From, r.To, clock, v) is not { } range || !v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        // Without a seed one is drawn and stored, so the sample can be drawn again to check it.
        var seed = r.Seed ?? System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue);
        var review = await new FreelanceService(db, clock).StartReviewAsync(r.OrganizationId!.Value, coder, range.From, range.To, r.SampleSize!.Value, seed, http.Actor(), ct);
        return TypedResults.Created($"/api/freelance/quality-reviews/{review.Id}", review);
    }

    internal static async Task<Ok<List<QualityReview>>> ListReviews(Guid? organizationId, string? coder, ClaimsmithDbContext db, CancellationToken ct)
    {
        var query = db.QualityReviews.AsNoTracking();
        if (organizationId is { } org)
        {
            query = query.Where(r => r.OrganizationId == org);
        }

        if (coder is not null)
        {
            query = query.Where(r => r.Coder == coder);
        }

        return TypedResults.Ok(await query.OrderByDescending(r => r.CreatedAt).Take(200).ToListAsync(ct));
    }

    internal static async Task<Results<Ok<QualityReview>, NotFound>> GetReview(Guid id, ClaimsmithDbContext db, CancellationToken ct) =>
        await db.QualityReviews.AsNoTracking().Include(r => r.Items).FirstOrDefaultAsync(r => r.Id == id, ct) is { } review ? TypedResults.Ok(review) : TypedResults.NotFound();

    internal static async Task<Results<Ok<QualityReviewItem>, NotFound, ValidationProblem>> Recode(Guid id, Guid itemId, RecodeRequest r, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var item = await db.QualityReviewItems.FirstOrDefaultAsync(i => i.Id == itemId && i.ReviewId == id, ct);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if (item.AuditorCodes is not null)
        {
            v.Add("codes", "This chart was re-coded already; a correction is a new review.");
        }

        var codes = CodeLists.Format(r.Codes ?? []);
        if (codes.Length > 2000)
        {
            v.Add("codes", "At most 2,000 characters of codes.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        item.AuditorCodes = codes;
        item.ReviewedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(item);
    }

    internal static async Task<Results<Ok<AccuracyReport>, NotFound>> ReviewAccuracy(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var review = await db.QualityReviews.AsNoTracking().Include(r => r.Items).FirstOrDefaultAsync(r => r.Id == id, ct);
        return review is null ? TypedResults.NotFound() : TypedResults.Ok(FreelanceService.Accuracy([review]));
    }

    // ---- invoices

    internal static async Task<Ok<List<ClientInvoice>>> ListInvoices(Guid? clientId, ClaimsmithDbContext db, CancellationToken ct)
    {
        var query = db.ClientInvoices.AsNoTracking();
        if (clientId is { } c)
        {
            query = query.Where(i => i.ClientId == c);
        }

        return TypedResults.Ok(await query.OrderByDescending(i => i.PeriodStart).ThenBy(i => i.Number).Take(500).ToListAsync(ct));
    }

    internal static async Task<Results<Ok<InvoiceDraft>, NotFound, ValidationProblem>> PreviewInvoice(Guid? clientId, string? period, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (!TryParsePeriod(period, out var start, out var end))
        {
            v.Add("period", "The period is a month, YYYY-MM.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var client = clientId is { } id ? await db.FreelanceClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        return client is null ? TypedResults.NotFound() : TypedResults.Ok(await new FreelanceService(db, clock).PreviewAsync(client, start, end, ct));
    }

    internal static async Task<Results<Created<ClientInvoice>, ValidationProblem, ProblemHttpResult>> IssueInvoice(InvoiceRequest r, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (!TryParsePeriod(r.Period, out var start, out var end))
        {
            v.Add("period", "The period is a month, YYYY-MM.");
        }

        if (r.ClientId is null)
        {
            v.Add("clientId", "Name the client.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var result = await new FreelanceService(db, clock).IssueAsync(r.ClientId!.Value, start, end, http.Actor(), ct);
        if (result.Invoice is null)
        {
            if (result.Issues.Any(i => i.Code == "invoice.exists"))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "An issued invoice already covers this period", detail: "Void or reissue it.");
            }

            v.AddIssues(result.Issues);
            return TypedResults.ValidationProblem(v.Errors);
        }

        return TypedResults.Created($"/api/freelance/invoices/{result.Invoice.Id}", result.Invoice);
    }

    internal static async Task<Results<Ok<ClientInvoice>, NotFound>> GetInvoice(Guid id, ClaimsmithDbContext db, CancellationToken ct) =>
        await LoadInvoiceAsync(db, id, ct) is { } invoice ? TypedResults.Ok(invoice) : TypedResults.NotFound();

    private static Task<ClientInvoice?> LoadInvoiceAsync(ClaimsmithDbContext db, Guid id, CancellationToken ct) =>
        db.ClientInvoices.AsNoTracking().Include(i => i.Lines).FirstOrDefaultAsync(i => i.Id == id, ct);

    internal static async Task<Results<FileContentHttpResult, NotFound>> InvoicePdf(Guid id, ClaimsmithDbContext db, CancellationToken ct) =>
        await LoadInvoiceAsync(db, id, ct) is { } invoice ? TypedResults.File(InvoiceRenderer.Render(invoice), "application/pdf", invoice.Number + ".pdf") : TypedResults.NotFound();

    internal static async Task<Results<FileContentHttpResult, NotFound>> InvoiceCsv(Guid id, ClaimsmithDbContext db, CancellationToken ct) =>
        await LoadInvoiceAsync(db, id, ct) is { } invoice ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(FreelanceCsv.Invoice(invoice)), "text/csv", invoice.Number + ".csv") : TypedResults.NotFound();

    internal static async Task<Results<Ok<ClientInvoice>, NotFound, ValidationProblem>> VoidInvoice(Guid id, VoidRequest r, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var invoice = await db.ClientInvoices.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var reason = v.Required("reason", r.Reason, 1000);
        if (v.IsValid && !await new FreelanceService(db, clock).VoidAsync(invoice, reason, http.Actor(), ct))
        {
            v.Add("status", "The invoice is void already.");
        }

        return v.IsValid ? TypedResults.Ok(invoice) : TypedResults.ValidationProblem(v.Errors);
    }

    internal static async Task<Results<Created<ClientInvoice>, ValidationProblem>> ReissueInvoice(Guid id, VoidRequest r, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        var reason = v.Required("reason", r.Reason, 1000);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var result = await new FreelanceService(db, clock).ReissueAsync(id, reason, http.Actor(), ct);
        if (result.Invoice is null)
        {
            v.AddIssues(result.Issues);
            return TypedResults.ValidationProblem(v.Errors);
        }

        return TypedResults.Created($"/api/freelance/invoices/{result.Invoice.Id}", result.Invoice);
    }

    internal static async Task<Results<Ok<List<InvoicePayment>>, NotFound>> ListPayments(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        if (!await db.ClientInvoices.AnyAsync(i => i.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await db.InvoicePayments.AsNoTracking().Where(p => p.InvoiceId == id).OrderBy(p => p.ReceivedOn).ToListAsync(ct));
    }

    internal static async Task<Results<Created<InvoicePayment>, NotFound, ValidationProblem>> AddPayment(Guid id, PaymentRequest r, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var invoice = await db.ClientInvoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invoice is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if (invoice.Status == InvoiceStatus.Void)
        {
            v.Add("invoice", "Payments go against issued invoices, not void ones.");
        }

        if (r.ReceivedOn is null)
        {
            v.Add("receivedOn", "The day the money arrived is required.");
        }

        InvoicePayment? reversed = null;
        if (r.ReversesPaymentId is { } rid)
        {
            reversed = await db.InvoicePayments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == rid && p.InvoiceId == id && p.ReversesPaymentId == null, ct);
            if (reversed is null || await db.InvoicePayments.AnyAsync(p => p.ReversesPaymentId == rid, ct))
            {
                v.Add("reversesPaymentId", "No such payment of this invoice, or it was reversed already.");
            }
        }
        else if (r.Amount is not { } amount || amount <= Money.Zero)
        {
            v.Add("amount", "A payment is greater than zero (reverse a wrong one with reversesPaymentId).");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var payment = new InvoicePayment
        {
            InvoiceId = id,
            OrganizationId = invoice.OrganizationId,
            Amount = reversed is null ? r.Amount!.Value : -reversed.Amount,
            ReceivedOn = r.ReceivedOn!.Value,
            Reference = v.Optional("reference", r.Reference, 100),
            ReversesPaymentId = reversed?.Id,
            RecordedBy = http.Actor(),
            RecordedAt = clock.GetUtcNow(),
        };
        db.InvoicePayments.Add(payment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/freelance/invoices/{id}/payments", payment);
    }

    internal static async Task<Ok<IReadOnlyList<ClientAging>>> Aging(DateOnly? asOf, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await new FreelanceService(db, clock).AgingAsync(asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct));
}
