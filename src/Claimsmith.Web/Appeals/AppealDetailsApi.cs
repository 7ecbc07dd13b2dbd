using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Common;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Claimsmith.Web.Appeals;

/// <summary>
/// <c>PUT /api/appeals/{id}/details</c>: the parts of a pending appeal the biller writes before
/// filing it (the argument in their own words, the LCD/NCD reference, the enclosures). The
/// letter builder fills its <c>[TO COMPLETE: ...]</c> blanks for these from the appeal, so
/// completing them here completes the letter and its PDF. Audited as <c>appeal.details.update</c>.
/// </summary>
internal static class AppealDetailsApi
{
    public static IEndpointRouteBuilder MapAppealDetailsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appeals").WithTags("Appeals").Audited("Appeal", "appeal");
        api.MapPut("/{id:guid}/details", Update).RequireAuthorization(Policies.Billing);
        return app;
    }

    /// <summary>The new details; null leaves a field as it is, an empty string clears it. <c>version</c> guards against overwriting someone else's change.</summary>
    internal sealed record DetailsRequest(string? Reason, string? LcdReference, string? Enclosures, long? Version);

    internal static async Task<Results<Ok<Appeal>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, DetailsRequest request, ClaimsmithDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var appeal = await db.LoadAppealAsync(id, tracked: true, ct);
        if (appeal is null)
        {
            return TypedResults.NotFound();
        }

        var v = new Validation();
        if ((request.Reason?.Length ?? 0) > 4000)
        {
            v.Add("reason", "At most 4000 characters.");
        }

        if ((request.Enclosures?.Length ?? 0) > 4000)
        {
            v.Add("enclosures", "At most 4000 characters, one document per line.");
        }

        if ((request.LcdReference?.Length ?? 0) > 100)
        {
            v.Add("lcdReference", "At most 100 characters, e.g. L33252.");
        }

        if (request.Reason is null && request.LcdReference is null && request.Enclosures is null)
        {
            v.Add("reason", "Give the reason, the LCD reference or the enclosures to change.");
        }

        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }

        if (appeal.Outcome != AppealOutcome.Pending)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The appeal was decided ({appeal.Outcome}); its letter can no longer change.",
                type: "https://claimsmith.dev/problems/appeal-decided");
        }

        if (request.Version is { } version && version != appeal.Version)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Someone changed this appeal meanwhile. Reload it and make your change again.",
                type: "https://claimsmith.dev/problems/stale-version");
        }

        var changed = new List<string>();
        if (request.Reason is { } reason && reason.Trim() != appeal.Reason)
        {
            appeal.Reason = reason.Trim();
            changed.Add("reason");
        }

        if (request.LcdReference is { } lcd && NullIfBlank(lcd) != appeal.LcdReference)
        {
            appeal.LcdReference = NullIfBlank(lcd);
            changed.Add("LCD reference");
        }

        if (request.Enclosures is { } enclosures && NullIfBlank(enclosures) != appeal.Enclosures)
        {
            appeal.Enclosures = NullIfBlank(enclosures);
            changed.Add("enclosures");
        }

        if (changed.Count > 0)
        {
            // The history is append-only (AppealEvent): the edit is a new step, the text itself is on the appeal.
            appeal.History.Add(new AppealEvent
            {
                AppealId = appeal.Id,
                At = clock.GetUtcNow(),
                By = http.Actor(),
                Action = "edited",
                Outcome = appeal.Outcome,
                AmountRecovered = appeal.AmountRecovered,
                Note = "Changed " + string.Join(", ", changed),
            });
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(appeal);
    }

    private static string? NullIfBlank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
