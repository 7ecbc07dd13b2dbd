using Claimsmith.Data;
using Claimsmith.Data.Security;

namespace Claimsmith.Web.Workbench;

/// <summary>
/// The working organization of a user who works for several: a cookie names it, and every
/// request narrows the organization scope that <c>AccessMiddleware</c> set to that one
/// organization when the scope allows it. It can only narrow: a cookie naming an organization
/// outside the user's scope is ignored, so the query filters still decide what anyone sees.
/// </summary>
internal sealed class WorkingOrganizationMiddleware(RequestDelegate next)
{
    public const string CookieName = "claimsmith.org";
    private const string FullScopeKey = "claimsmith.scope.full";

    public Task InvokeAsync(HttpContext http, ClaimsmithDbContext db)
    {
        http.Items[FullScopeKey] = db.OrganizationScope;
        if (http.User.Identity?.IsAuthenticated == true
            && http.Request.Cookies.TryGetValue(CookieName, out var value)
            && Guid.TryParse(value, out var organizationId)
            && db.OrganizationScope is { UserId: { } userId } scope
            && scope.Allows(organizationId))
        {
            db.OrganizationScope = OrganizationScope.Of(userId, [organizationId]);
            http.Items[CookieName] = organizationId;
        }

        return next(http);
    }

    /// <summary>The user's whole scope before the working organization narrowed it (for the switcher).</summary>
    public static OrganizationScope FullScope(HttpContext http, ClaimsmithDbContext db) =>
        http.Items.TryGetValue(FullScopeKey, out var v) && v is OrganizationScope s ? s : db.OrganizationScope;

    /// <summary>The working organization of this request, when one is set and allowed.</summary>
    public static Guid? Current(HttpContext http) => http.Items.TryGetValue(CookieName, out var v) && v is Guid g ? g : null;
}
