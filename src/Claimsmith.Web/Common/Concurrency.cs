using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Common;

/// <summary>
/// Optimistic concurrency over HTTP: responses carry <c>ETag: "N"</c> (the entity's version);
/// an update names the version it was based on with <c>If-Match</c> (stale: 412 Precondition
/// Failed) or a <c>version</c> field in the body (stale: 409 Conflict).
/// </summary>
internal static class Concurrency
{
    public static string ETag(IVersioned entity) => $"\"{entity.Version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(HttpContext http, IVersioned entity) => http.Response.Headers.ETag = ETag(entity);

    /// <summary>The version the client expects, and whether it came from If-Match.</summary>
    public static (long? Version, bool FromHeader) Expected(HttpContext http, long? bodyVersion)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrEmpty(ifMatch) && long.TryParse(ifMatch.Trim('"', ' ', 'W', '/'), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            return (v, true);
        }

        return (bodyVersion, false);
    }

    public static ProblemHttpResult Conflict(bool fromHeader) => TypedResults.Problem(
        statusCode: fromHeader ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
        title: "The record was changed by someone else.",
        detail: "Reload it and apply your change again.",
        type: "https://claimsmith.dev/problems/concurrency");

    /// <summary>
    /// Applies the expected version and saves; a concurrency failure becomes 409/412.
    /// A missing version is a validation error: edits must say what they were based on.
    /// </summary>
    public static async Task<SaveResult> SaveAsync(ClaimsmithDbContext db, HttpContext http, IVersioned entity, long? bodyVersion, CancellationToken ct)
    {
        var (expected, fromHeader) = Expected(http, bodyVersion);
        if (expected is null)
        {
            return new SaveResult(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Send the version you edited (If-Match header or version field)."] }), null);
        }

        db.Touch(entity);
        db.ExpectVersion(entity, expected.Value);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult(null, Conflict(fromHeader));
        }

        SetETag(http, entity);
        return default;
    }
}

/// <summary>Why an update was not saved: a missing version (400) or a stale one (409/412); both null when saved.</summary>
internal readonly record struct SaveResult(ValidationProblem? Invalid, ProblemHttpResult? Conflict);
