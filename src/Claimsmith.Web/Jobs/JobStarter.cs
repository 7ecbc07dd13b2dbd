using System.Security.Claims;
using Claimsmith.Data;
using Claimsmith.Data.Security;
using Claimsmith.Web.Hosting;

namespace Claimsmith.Web.Jobs;

/// <summary>
/// Who started a job and with what access: the job works with exactly the organization scope of
/// the request that started it, and its audit entries name that user.
/// </summary>
/// <param name="Actor">The user name (as in the audit log).</param>
/// <param name="UserId">The user's id, when known.</param>
/// <param name="ClientAddress">The address the request came from, for the audit log.</param>
/// <param name="Scope">The organization scope of the request.</param>
/// <param name="OrganizationId">The one organization the job works for, when the scope names exactly one.</param>
internal sealed record JobStarter(string Actor, string? UserId, string? ClientAddress, OrganizationScope Scope, Guid? OrganizationId)
{
    /// <summary>The starter of a request: its user and its (working-organization narrowed) scope.</summary>
    public static JobStarter From(HttpContext http, ClaimsmithDbContext db)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(db);
        var scope = db.OrganizationScope;
        Guid? organization = !scope.IsUnrestricted && scope.OrganizationIds.Count == 1 ? scope.OrganizationIds[0] : null;
        return new JobStarter(http.Actor(), http.User.FindFirstValue(ClaimTypes.NameIdentifier), http.Connection.RemoteIpAddress?.ToString(), scope, organization);
    }
}
