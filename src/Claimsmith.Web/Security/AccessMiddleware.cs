using System.Security.Claims;
using System.Text.Json;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Data.Security;
using Claimsmith.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claimsmith.Web.Security;

/// <summary>
/// Runs after authentication on every request: refuses a cookie or bearer token whose security
/// stamp no longer matches the user's (signed out everywhere, revoked by an admin, password
/// changed), sets the request's organization scope from the user's memberships, and records
/// every sign-in attempt in the audit log.
/// </summary>
internal sealed class AccessMiddleware(RequestDelegate next)
{
    public const string SignInPath = "/api/account/login";

    public async Task InvokeAsync(HttpContext http, ClaimsmithDbContext db, IOptions<IdentityOptions> identity, AuditRecorder audit)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var scope = await ScopeOfAsync(http.User, db, identity.Value, http.RequestAborted).ConfigureAwait(false);
            if (scope is null)
            {
                await audit.RecordAsync(http, "account.token-refused", AuditOutcome.SignInFailed, "User",
                    detail: $"{http.Request.Method} {http.Request.Path} -> 401 (signed out everywhere or revoked)").ConfigureAwait(false);
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            db.OrganizationScope = scope;
        }
        else
        {
            db.OrganizationScope = OrganizationScope.None;
        }

        if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase))
        {
            var email = await PeekEmailAsync(http.Request).ConfigureAwait(false);
            await next(http).ConfigureAwait(false);
            var status = http.Response.StatusCode;
            await audit.RecordAsync(http, "account.sign-in", status < 400 ? AuditOutcome.Success : AuditOutcome.SignInFailed, "User",
                detail: status == StatusCodes.Status429TooManyRequests ? "POST /api/account/login -> 429 (throttled)" : $"POST /api/account/login -> {status}",
                userName: email).ConfigureAwait(false);
            return;
        }

        await next(http).ConfigureAwait(false);
    }

    /// <summary>The user's scope, or null when the principal's security stamp is stale (revoked).</summary>
    private static async Task<OrganizationScope?> ScopeOfAsync(ClaimsPrincipal principal, ClaimsmithDbContext db, IdentityOptions options, CancellationToken ct)
    {
        var userId = principal.FindFirstValue(options.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return null;
        }

        // One round trip per request: the stamp (revocation) and the memberships together.
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                u.AllOrganizations,
                Organizations = db.OrganizationMembers.Where(m => m.UserId == u.Id).Select(m => m.OrganizationId).ToList(),
            })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (user is null || user.SecurityStamp != stamp)
        {
            return null;
        }

        return user.AllOrganizations ? OrganizationScope.AllOrganizations(userId) : OrganizationScope.Of(userId, user.Organizations);
    }

    /// <summary>The email of a sign-in request, for the audit entry (the body is buffered and rewound).</summary>
    private static async Task<string?> PeekEmailAsync(HttpRequest request)
    {
        if (request.ContentLength is > 16_384 || request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        request.EnableBuffering();
        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted).ConfigureAwait(false);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("email", out var e) && e.ValueKind == JsonValueKind.String
                ? e.GetString() is { Length: <= 256 } s ? s : null
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
