using Claimsmith.Billing;
using Claimsmith.CodeSets.Codes;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Settings;

/// <summary>
/// A payer's contracted allowed amounts per procedure code and modifier (per unit): what
/// remittance posting expects the payer to allow, so a lower allowed amount becomes an
/// underpayment work item. Admins keep them; billers and auditors read them. Audited.
/// </summary>
internal static class PayerContractRatesApi
{
    public static IEndpointRouteBuilder MapPayerContractRatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payers/{id:guid}/contract-rates").WithTags("Payers").Audited("Payer", "payer");
        api.MapGet("/", List).RequireAuthorization(Policies.BillingRead)
            .WithSummary("The payer's contracted allowed amounts per code and modifier");
        api.MapPost("/", Create).RequireAuthorization(Policies.Admin);
        api.MapPut("/{rateId:guid}", Update).RequireAuthorization(Policies.Admin);
        api.MapDelete("/{rateId:guid}", Delete).RequireAuthorization(Policies.Admin);
        return app;
    }

    internal sealed record ContractRateRequest(string? ProcedureCode, string? Modifier, decimal? Allowed, long? Version);

    internal sealed record ContractRateRow(Guid Id, Guid PayerId, string ProcedureCode, string? Modifier, decimal Allowed, long Version)
    {
        public static ContractRateRow From(PayerContractRate r) => new(r.Id, r.PayerId, r.ProcedureCode, r.Modifier.Length == 0 ? null : r.Modifier, r.Allowed.Amount, r.Version);
    }

    internal static async Task<Results<Ok<List<ContractRateRow>>, NotFound>> List(Guid id, ClaimsmithDbContext db, CancellationToken ct)
    {
        if (!await db.Payers.AnyAsync(p => p.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var rows = await db.PayerContractRates.AsNoTracking().Where(r => r.PayerId == id)
            .OrderBy(r => r.ProcedureCode).ThenBy(r => r.Modifier).Take(5000).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ContractRateRow.From).ToList());
    }

    internal static async Task<Results<Created<ContractRateRow>, NotFound, ValidationProblem, ProblemHttpResult>> Create(Guid id, ContractRateRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        if (!await db.Payers.AnyAsync(p => p.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var rate = new PayerContractRate { PayerId = id };
        var v = Apply(request, rate);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors, title: "The contract rate was not saved.");
        }

        if (await DuplicateAsync(db, rate, ct) is { } duplicate)
        {
            return duplicate;
        }

        db.PayerContractRates.Add(rate);
        await db.SaveChangesAsync(ct);
        Concurrency.SetETag(http, rate);
        return TypedResults.Created($"/api/payers/{id}/contract-rates/{rate.Id}", ContractRateRow.From(rate));
    }

    internal static async Task<Results<Ok<ContractRateRow>, NotFound, ValidationProblem, ProblemHttpResult>> Update(Guid id, Guid rateId, ContractRateRequest request, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var rate = await db.PayerContractRates.FirstOrDefaultAsync(r => r.Id == rateId && r.PayerId == id, ct);
        if (rate is null)
        {
            return TypedResults.NotFound();
        }

        return await VersionedRows.UpdateAsync(db, http, rate, request.Version, Apply(request, rate), "The contract rate was not saved.",
            token => DuplicateAsync(db, rate, token), ContractRateRow.From, ct);
    }

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(Guid id, Guid rateId, [FromQuery] long? version, ClaimsmithDbContext db, HttpContext http, CancellationToken ct)
    {
        var rate = await db.PayerContractRates.FirstOrDefaultAsync(r => r.Id == rateId && r.PayerId == id, ct);
        if (rate is null)
        {
            return TypedResults.NotFound();
        }

        return await VersionedRows.DeleteAsync(db, http, rate, version, ct);
    }

    private static Validation Apply(ContractRateRequest r, PayerContractRate rate)
    {
        var v = new Validation();
        if (string.IsNullOrWhiteSpace(r.ProcedureCode))
        {
            v.Add("procedureCode", "Required: the CPT/HCPCS code (e.g. 99213 or J0696).");
        }
        else if (!HcpcsCode.TryParse(r.ProcedureCode, out var hcpcs) || !ProcedureCode.TryParse(hcpcs.Value, out var code))
        {
            v.Add("procedureCode", $"'{r.ProcedureCode.Trim()}' is not a CPT/HCPCS code: five characters, e.g. 99213 or J0696.");
        }
        else
        {
            rate.ProcedureCode = code.Value;
        }

        rate.Modifier = "";
        if (!string.IsNullOrWhiteSpace(r.Modifier))
        {
            if (Modifier.TryParse(r.Modifier, out var modifier))
            {
                rate.Modifier = modifier.Value;
            }
            else
            {
                v.Add("modifier", $"'{r.Modifier.Trim()}' is not a modifier: two letters or digits (26, TC, LT), or empty for the code without one.");
            }
        }

        if (r.Allowed is not { } allowed)
        {
            v.Add("allowed", "Required: the allowed amount per unit in dollars.");
        }
        else if (allowed < 0m || decimal.Round(allowed, 2) != allowed || allowed > 9_999_999.99m)
        {
            v.Add("allowed", "A non-negative amount in dollars with at most two decimals (whole cents).");
        }
        else
        {
            rate.Allowed = Money.Of(allowed);
        }

        return v;
    }

    /// <summary>One rate per payer, code and modifier (the unique index): a second is a 409 naming the fields.</summary>
    private static async Task<ProblemHttpResult?> DuplicateAsync(ClaimsmithDbContext db, PayerContractRate rate, CancellationToken ct)
    {
        if (!await db.PayerContractRates.AnyAsync(r => r.PayerId == rate.PayerId && r.ProcedureCode == rate.ProcedureCode && r.Modifier == rate.Modifier && r.Id != rate.Id, ct))
        {
            return null;
        }

        var message = $"This payer already has a rate for {rate.ProcedureCode}{(rate.Modifier.Length > 0 ? " with modifier " + rate.Modifier : " without a modifier")}: change that one instead.";
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "A contract rate for this code already exists.",
            Detail = message,
            Type = "https://claimsmith.dev/problems/contract-rate-exists",
            Extensions = { ["errors"] = new Dictionary<string, string[]> { ["procedureCode"] = [message], ["modifier"] = [message] } },
        });
    }
}
