using System.Security.Claims;
using Claimsmith.Data;
using Claimsmith.Data.Security;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Web.Security;

/// <summary>
/// Which organizations each user works for (admin), and revoking sessions: a user signs out
/// everywhere, an admin revokes another user's tokens. Both change the security stamp, which
/// AccessMiddleware checks on every request.
/// </summary>
internal static class AccessApi
{
    public static IEndpointRouteBuilder MapAccessApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin).Audited("User", "user");
        users.MapGet("/{id}/organizations", GetOrganizations);
        users.MapPut("/{id}/organizations", SetOrganizations);
        users.MapPost("/{id}/revoke", Revoke);

        app.MapPost("/api/account/sign-out-everywhere", SignOutEverywhere).WithTags("Account").RequireAuthorization(Policies.Read)
            .Audited("User", "account").WithAuditAction("account.sign-out-everywhere");
        return app;
    }

    internal sealed record MembershipRequest(bool? AllOrganizations, Guid[]? OrganizationIds);

    internal sealed record MembershipResponse(string UserId, bool AllOrganizations, IReadOnlyList<Guid> OrganizationIds);

    internal static async Task<Results<Ok<MembershipResponse>, NotFound>> GetOrganizations(string id, ClaimsmithDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        // Only the organizations in the admin's own scope are shown (the filter on Organizations).
        var orgs = await db.OrganizationMembers.AsNoTracking().Where(m => m.UserId == id)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => o.Id)
            .OrderBy(o => o).ToListAsync(ct);
        return TypedResults.Ok(new MembershipResponse(id, user.AllOrganizations, orgs));
    }

    internal static async Task<Results<Ok<MembershipResponse>, NotFound, ValidationProblem>> SetOrganizations(
        string id, MembershipRequest request, ClaimsmithDbContext db, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var wanted = (request.OrganizationIds ?? []).Distinct().ToList();
        var known = await db.Organizations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        var unknown = wanted.Except(known).ToList();
        if (unknown.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["organizationIds"] = [$"No such organization: {string.Join(", ", unknown)}."] });
        }

        // Granting every organization is for admins who have it themselves (no escalation).
        var all = request.AllOrganizations ?? user.AllOrganizations;
        if (all != user.AllOrganizations && !db.OrganizationScope.IsUnrestricted)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["allOrganizations"] = ["Only an administrator who works for every organization may change this."] });
        }

        user.AllOrganizations = all;
        // Replace the memberships the admin can see; memberships in organizations outside the
        // admin's scope are neither shown nor touched.
        var visible = db.Organizations.Select(o => o.Id);
        var current = await db.OrganizationMembers.Where(m => m.UserId == id && visible.Contains(m.OrganizationId)).ToListAsync(ct);
        db.OrganizationMembers.RemoveRange(current.Where(m => !wanted.Contains(m.OrganizationId)));
        db.OrganizationMembers.AddRange(wanted.Where(w => current.All(m => m.OrganizationId != w)).Select(w => new OrganizationMember { UserId = id, OrganizationId = w }));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MembershipResponse(id, all, [.. wanted.Order()]));
    }

    internal static async Task<Results<NoContent, NotFound>> Revoke(string id, UserManager<ClaimsmithUser> users)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        await users.UpdateSecurityStampAsync(user);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<NoContent, UnauthorizedHttpResult>> SignOutEverywhere(ClaimsPrincipal principal, UserManager<ClaimsmithUser> users, SignInManager<ClaimsmithUser> signIn)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
