using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Common;

/// <summary>
/// The edit and removal of a versioned settings row (a fee schedule row, a payer's contract
/// rate), in the order every such endpoint answers: the request's field problems first (400),
/// then a clash with another row (409 naming the fields, the caller's own rule), then the
/// versioned save of <see cref="Concurrency"/> (missing version 400, stale version 409, or 412
/// with If-Match). Each API keeps its own lookup, validation and clash rule.
/// </summary>
internal static class VersionedRows
{
    /// <summary>
    /// Saves the edit of <paramref name="row"/>, already looked up and changed by the request:
    /// <paramref name="problems"/> (the request's validation) refuses it with 400 titled
    /// <paramref name="notSavedTitle"/>; <paramref name="clash"/> answers the 409 of a clash with
    /// another row, or null; then it is saved at the version the client names, and the answer is
    /// <paramref name="view"/> of it. Not found (404) is the caller's, before the lookup's edit.
    /// </summary>
    public static async Task<Results<Ok<TView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync<TRow, TView>(
        ClaimsmithDbContext db, HttpContext http, TRow row, long? bodyVersion, Validation problems, string notSavedTitle,
        Func<CancellationToken, Task<ProblemHttpResult?>> clash, Func<TRow, TView> view, CancellationToken ct)
        where TRow : IVersioned
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(clash);
        ArgumentNullException.ThrowIfNull(view);
        if (!problems.IsValid)
        {
            return TypedResults.ValidationProblem(problems.Errors, title: notSavedTitle);
        }

        if (await clash(ct).ConfigureAwait(false) is { } conflicting)
        {
            return conflicting;
        }

        var saved = await Concurrency.SaveAsync(db, http, row, bodyVersion, ct).ConfigureAwait(false);
        if (saved.Invalid is { } invalid)
        {
            return invalid;
        }

        if (saved.Conflict is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(view(row));
    }

    /// <summary>
    /// Removes <paramref name="row"/>, at the version the client names when it names one (If-Match
    /// or <c>?version=</c>); a stale version is 409 (412 with If-Match), else 204. Unlike an edit,
    /// a removal without a version is allowed.
    /// </summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync<TRow>(ClaimsmithDbContext db, HttpContext http, TRow row, long? queryVersion, CancellationToken ct)
        where TRow : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(db);
        var (expected, fromHeader) = Concurrency.Expected(http, queryVersion);
        if (expected is { } v)
        {
            db.ExpectVersion(row, v);
        }

        db.Remove(row);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Concurrency.Conflict(fromHeader);
        }

        return TypedResults.NoContent();
    }
}
