using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Documents;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Statements;

/// <summary>
/// Patient billing: the current statement of a patient (JSON or PDF), patient payments, payment
/// plans, statement runs and stored statements, refunds of credit balances. Every endpoint is
/// audited (statements carry names, addresses and visits; printing one is an audited read).
/// </summary>
internal static class StatementsApi
{
    public static IEndpointRouteBuilder MapStatementsApi(this IEndpointRouteBuilder app)
    {
        var patients = app.MapGroup("/api/statements/patients").WithTags("Statements").Audited("Patient", "statement");
        patients.MapGet("/{id:guid}", Current).RequireAuthorization(Policies.BillingRead);
        patients.MapGet("/{id:guid}/statement.pdf", CurrentPdf).RequireAuthorization(Policies.BillingRead);
        patients.MapPost("/{id:guid}/payments", Pay).RequireAuthorization(Policies.Billing);
        patients.MapGet("/{id:guid}/payment-plans", Plans).RequireAuthorization(Policies.BillingRead);
        patients.MapPost("/{id:guid}/payment-plans", CreatePlan).RequireAuthorization(Policies.Billing);

        var stored = app.MapGroup("/api/statements").WithTags("Statements").Audited("StatementRecord", "statement");
        stored.MapGet("/", List).RequireAuthorization(Policies.BillingRead);
        stored.MapPost("/run", Run).RequireAuthorization(Policies.Billing);
        stored.MapGet("/{id:guid}", Stored).RequireAuthorization(Policies.BillingRead);
        stored.MapGet("/{id:guid}/statement.pdf", StoredPdf).RequireAuthorization(Policies.BillingRead);

        var claims = app.MapGroup("/api/statements/claims").WithTags("Statements").Audited("Claim", "statement.claim");
        claims.MapPost("/{id:guid}/refunds", Refund).RequireAuthorization(Policies.Billing);
        return app;
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    internal static async Task<Results<Ok<PatientStatement>, NotFound>> Current(Guid id, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct) =>
        await db.BuildAsync(id, Today(clock), "PREVIEW", cancellationToken: ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound();

    internal static async Task<Results<FileContentHttpResult, NotFound>> CurrentPdf(Guid id, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct) =>
        await db.BuildAsync(id, Today(clock), "PREVIEW", cancellationToken: ct) is { } s
            ? TypedResults.File(StatementRenderer.Render(s), "application/pdf", $"statement-{s.Patient.AccountNumber}.pdf")
            : TypedResults.NotFound();

    internal sealed record PaymentRequest(decimal? Amount, PatientPaymentMethod? Method, string? Reference, Guid? ClaimId);

    internal static async Task<Results<Ok<PatientPaymentResult>, NotFound, ValidationProblem>> Pay(
        Guid id, PaymentRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if (request.Amount is not { } amount || !Money.TryParse(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), out var money))
        {
            v.Add("amount", "An amount in dollars with at most two decimals.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        if ((request.Reference?.Length ?? 0) > 100)
        {
            v.Add("reference", "At most 100 characters.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var result = await db.PostPatientPaymentAsync(id, money, request.Method ?? PatientPaymentMethod.Cash, request.Reference, http.Actor(), clock, request.ClaimId, ct);
        if (!result.Succeeded)
        {
            v.AddIssues([result.Issue!]);
            return TypedResults.ValidationProblem(v.Errors);
        }

        return TypedResults.Ok(result with { Entries = [] });
    }

    internal sealed record RefundRequest(decimal? Amount, PatientPaymentMethod? Method, string? Reference);

    internal static async Task<Results<Ok<LedgerPostResult>, NotFound, ValidationProblem>> Refund(
        Guid id, RefundRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (request.Amount is not { } amount || !Money.TryParse(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), out var money))
        {
            if (!await db.Claims.AnyAsync(c => c.Id == id, ct))
            {
                return TypedResults.NotFound();
            }

            v.Add("amount", "An amount in dollars with at most two decimals.");
            return TypedResults.ValidationProblem(v.Errors);
        }

        var result = await db.PostRefundAsync(id, money, request.Method ?? PatientPaymentMethod.Check, request.Reference, http.Actor(), clock, ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (!result.Succeeded)
        {
            v.AddIssues([result.Issue!]);
            return TypedResults.ValidationProblem(v.Errors);
        }

        return TypedResults.Ok(result);
    }

    internal sealed record PlanView(PaymentPlan Plan, PaymentPlanStanding Standing);

    internal static async Task<Results<Ok<List<PlanView>>, NotFound>> Plans(Guid id, ClaimsmithDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var plans = await db.PaymentPlans.AsNoTracking().Where(p => p.PatientId == id).OrderByDescending(p => p.CreatedAt).ToListAsync(ct);
        var views = new List<PlanView>();
        foreach (var plan in plans)
        {
            views.Add(new PlanView(plan, await db.PlanStandingAsync(plan, Today(clock), ct)));
        }

        return TypedResults.Ok(views);
    }

    internal sealed record PlanRequest(decimal? Total, decimal? MonthlyAmount, DateOnly? StartDate, int? GraceDays, string? Note);

    internal static async Task<Results<Created<PlanView>, NotFound, ValidationProblem>> CreatePlan(
        Guid id, PlanRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var total = Parse(v, "total", request.Total);
        var monthly = Parse(v, "monthlyAmount", request.MonthlyAmount);
        if (request.StartDate is null)
        {
            v.Add("startDate", "Required.");
        }

        if ((request.Note?.Length ?? 0) > 2000)
        {
            v.Add("note", "At most 2000 characters.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var plan = new PaymentPlan
        {
            OrganizationId = patient.OrganizationId,
            PatientId = id,
            Total = total,
            MonthlyAmount = monthly,
            StartDate = request.StartDate!.Value,
            GraceDays = request.GraceDays ?? 15,
            Note = request.Note,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = http.Actor(),
        };
        v.AddIssues(plan.Validate());
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.PaymentPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/statements/patients/{id}/payment-plans", new PlanView(plan, await db.PlanStandingAsync(plan, Today(clock), ct)));
    }

    private static Money Parse(Validation v, string field, decimal? value)
    {
        if (value is { } d && Money.TryParse(d.ToString(System.Globalization.CultureInfo.InvariantCulture), out var m))
        {
            return m;
        }

        v.Add(field, "An amount in dollars with at most two decimals.");
        return Money.Zero;
    }

    internal sealed record StatementSummary(Guid Id, string StatementNumber, Guid PatientId, string PatientName, DateOnly StatementDate, DateOnly DueDate, Money AmountDue);

    internal static async Task<Ok<Page<StatementSummary>>> List(ClaimsmithDbContext db, Guid? patientId, Guid? organizationId, int? page, int? pageSize, CancellationToken ct)
    {
        var q = db.StatementRecords.AsNoTracking();
        if (patientId is not null)
        {
            q = q.Where(s => s.PatientId == patientId);
        }

        if (organizationId is not null)
        {
            q = q.Where(s => s.OrganizationId == organizationId);
        }

        var rows = q.OrderByDescending(s => s.StatementDate).ThenBy(s => s.StatementNumber)
            .Select(s => new StatementSummary(s.Id, s.StatementNumber, s.PatientId, s.PatientName, s.StatementDate, s.DueDate, s.AmountDue));
        return TypedResults.Ok(await Paging.From(page, pageSize).ApplyAsync(rows, ct));
    }

    internal sealed record RunRequest(Guid? OrganizationId, decimal? MinimumBalance, int? SkipIfSentWithinDays, DateOnly? StatementDate, int? DueInDays);

    internal static async Task<Results<Ok<List<StatementSummary>>, ValidationProblem>> Run(RunRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        var minimum = request.MinimumBalance is null ? Money.Of(5m) : Parse(v, "minimumBalance", request.MinimumBalance);
        if (request.SkipIfSentWithinDays is < 0 or > 365 || request.DueInDays is < 0 or > 365)
        {
            v.Add("skipIfSentWithinDays", "Days between 0 and 365.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var run = await db.RunStatementsAsync(new StatementRunOptions
        {
            OrganizationId = request.OrganizationId,
            MinimumBalance = minimum,
            SkipIfSentWithinDays = request.SkipIfSentWithinDays ?? 25,
            StatementDate = request.StatementDate ?? Today(clock),
            DueInDays = request.DueInDays ?? 30,
            Actor = http.Actor(),
        }, clock, ct);
        return TypedResults.Ok(run.Select(r => new StatementSummary(r.Record.Id, r.Record.StatementNumber, r.Record.PatientId, r.Record.PatientName, r.Record.StatementDate, r.Record.DueDate, r.Record.AmountDue)).ToList());
    }

    internal static async Task<Results<Ok<PatientStatement>, NotFound>> Stored(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var record = await db.StatementRecords.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return record is not null && StatementJson.Deserialize(record.Content) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound();
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> StoredPdf(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var record = await db.StatementRecords.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return record is not null && StatementJson.Deserialize(record.Content) is { } s
            ? TypedResults.File(StatementRenderer.Render(s), "application/pdf", $"{s.StatementNumber}.pdf")
            : TypedResults.NotFound();
    }
}
