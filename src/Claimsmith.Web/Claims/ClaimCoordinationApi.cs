using System.Text;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Claimsmith.X12.Remittance;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Claims;

/// <summary>
/// After adjudication: <c>POST /api/claims/{id}/secondary</c> builds the next payer's claim
/// with the prior payer's adjudication (837 2320/2330B/2430); <c>POST /api/claims/{id}/correct</c>
/// and <c>/void</c> build a frequency 7 or 8 claim that names the payer's claim number (REF*F8),
/// keeping the original.
/// </summary>
internal static class ClaimCoordinationApi
{
    public static IEndpointRouteBuilder MapClaimCoordinationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/claims").WithTags("Claims").Audited("Claim", "claim");
        api.MapPost("/{id:guid}/secondary", Secondary).RequireAuthorization(Policies.Billing);
        api.MapPost("/{id:guid}/correct", Correct).RequireAuthorization(Policies.Billing);
        api.MapPost("/{id:guid}/void", Void).RequireAuthorization(Policies.Billing);
        return app;
    }

    internal static async Task<Results<Created<Claim>, NotFound, ValidationProblem>> Secondary(
        Guid id, SecondaryClaimHttpRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var prior = await ClaimsApi.LoadAsync(db, id, tracked: true, ct);
        if (prior is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        var adjudication = request.Adjudication is { } input ? FromInput(input, v)
            : request.Remittance835 is { Length: > 0 } era ? FromRemittance(era, prior.ClaimNumber, v)
            : null;
        if (adjudication is null && v.IsValid)
        {
            v.Add("adjudication", "Give the prior payer's adjudication, or the 835 that paid the claim (remittance835).");
        }

        var coverages = await db.Coverages.AsNoTracking().Where(c => c.PatientId == prior.PatientId).ToListAsync(ct);
        var next = request.CoverageId is { } cid
            ? coverages.Find(c => c.Id == cid)
            : coverages.Where(c => c.Order > prior.Subscriber.Order && c.IsActiveOn(prior.ServiceFrom)).OrderBy(c => c.Order).FirstOrDefault();
        if (next is null)
        {
            v.Add("coverageId", "No next coverage: name one of the patient's coverages, or give the patient a secondary coverage in effect on the date of service.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        var result = SecondaryClaimBuilder.Build(new SecondaryClaimRequest
        {
            PriorClaim = prior,
            Adjudication = adjudication!,
            NextCoverage = next!,
            NextPayer = await db.Payers.AsNoTracking().SingleAsync(p => p.Id == next!.PayerId, ct),
            Patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == prior.PatientId, ct),
            ClaimNumber = await db.NextClaimNumberAsync(ct),
            Actor = http.Actor(),
        }, clock);
        return await SaveAsync(db, result, ct);
    }

    internal static Task<Results<Created<Claim>, NotFound, ValidationProblem>> Correct(Guid id, CorrectionRequest? request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        CorrectOrVoidAsync(id, request, ClaimFrequency.Replacement, db, http, clock, ct);

    internal static Task<Results<Created<Claim>, NotFound, ValidationProblem>> Void(Guid id, CorrectionRequest? request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        CorrectOrVoidAsync(id, request, ClaimFrequency.Void, db, http, clock, ct);

    private static async Task<Results<Created<Claim>, NotFound, ValidationProblem>> CorrectOrVoidAsync(
        Guid id, CorrectionRequest? request, ClaimFrequency frequency, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var original = await ClaimsApi.LoadAsync(db, id, tracked: true, ct);
        if (original is null)
        {
            return TypedResults.NotFound();
        }

        var reason = request?.Reason is { Length: > 500 } r ? r[..500] : request?.Reason;
        var number = await db.NextClaimNumberAsync(ct);
        var result = frequency == ClaimFrequency.Void
            ? ClaimCorrections.Void(original, number, http.Actor(), clock, reason)
            : ClaimCorrections.Correct(original, number, http.Actor(), clock, reason);
        return await SaveAsync(db, result, ct);
    }

    private static async Task<Results<Created<Claim>, NotFound, ValidationProblem>> SaveAsync(ClaimsmithDbContext db, ClaimBuildResult result, CancellationToken ct)
    {
        if (result.Claim is not { } claim)
        {
            var v = new Validation();
            v.AddIssues(result.Issues);
            return TypedResults.ValidationProblem(v.Errors);
        }

        db.Claims.Add(claim);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/claims/{claim.Id}", claim);
    }

    private static PrimaryAdjudication? FromRemittance(string era, string claimNumber, Validation v)
    {
        var read = Remittance835Reader.Read(Encoding.UTF8.GetBytes(era));
        var adjudication = read.Value.Select(r => PrimaryAdjudicationMapper.FromRemittance(r, claimNumber)).LastOrDefault(a => a is not null);
        if (adjudication is null)
        {
            v.Add("remittance835", read.HasErrors
                ? "The 835 could not be read: " + string.Join("; ", read.Issues.Take(3).Select(i => i.ToString()))
                : $"The 835 has no payment for claim {claimNumber}.");
        }

        return adjudication;
    }

    private static PrimaryAdjudication? FromInput(AdjudicationInput input, Validation v)
    {
        if (input.PaidDate is null)
        {
            v.Add("adjudication.paidDate", "Required: the adjudication or payment date (DTP*573).");
        }

        var paid = Cash(v, "adjudication.paid", input.Paid ?? 0m);
        var claimAdjustments = Adjustments(v, "adjudication.claimAdjustments", input.ClaimAdjustments);
        var lines = new List<PrimaryLineAdjudication>();
        for (var i = 0; i < (input.Lines?.Count ?? 0); i++)
        {
            var l = input.Lines![i];
            lines.Add(new PrimaryLineAdjudication
            {
                ClaimLineId = l.ClaimLineId,
                LineControlNumber = v.Optional($"adjudication.lines[{i}].lineControlNumber", l.LineControlNumber, 50),
                LineNumber = l.LineNumber,
                Paid = Cash(v, $"adjudication.lines[{i}].paid", l.Paid ?? 0m),
                PaidUnits = l.PaidUnits,
                Adjustments = Adjustments(v, $"adjudication.lines[{i}].adjustments", l.Adjustments),
            });
        }

        return v.IsValid
            ? new PrimaryAdjudication
            {
                PayerName = v.Optional("adjudication.payerName", input.PayerName, 60),
                PayerIdentifier = v.Optional("adjudication.payerIdentifier", input.PayerIdentifier, 80),
                PayerClaimControlNumber = v.Optional("adjudication.payerClaimControlNumber", input.PayerClaimControlNumber, 50),
                PaidDate = input.PaidDate!.Value,
                Paid = paid,
                ClaimAdjustments = claimAdjustments,
                Lines = lines,
            }
            : null;
    }

    private static List<OtherPayerAdjustment> Adjustments(Validation v, string field, IReadOnlyList<AdjustmentInput>? inputs)
    {
        var list = new List<OtherPayerAdjustment>();
        for (var i = 0; i < (inputs?.Count ?? 0); i++)
        {
            var a = inputs![i];
            var group = a.Group?.Trim().ToUpperInvariant();
            if (group is not ("CO" or "PR" or "OA" or "PI" or "CR"))
            {
                v.Add($"{field}[{i}].group", "One of CO, PR, OA, PI, CR.");
                continue;
            }

            var reason = v.Required($"{field}[{i}].reasonCode", a.ReasonCode, 5);
            list.Add(new OtherPayerAdjustment(group, reason, Cash(v, $"{field}[{i}].amount", a.Amount ?? 0m), a.Quantity));
        }

        return list;
    }

    private static Money Cash(Validation v, string field, decimal amount)
    {
        if (decimal.Round(amount, 2) != amount)
        {
            v.Add(field, "At most two decimal places.");
            return Money.Zero;
        }

        return Money.Of(amount);
    }
}
