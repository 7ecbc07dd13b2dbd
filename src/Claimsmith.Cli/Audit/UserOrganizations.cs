using Claimsmith.Data;
using Claimsmith.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Cli.Audit;

/// <summary>Organization membership for <c>claimsmith users add --org ... | --all-organizations</c>.</summary>
internal static class UserOrganizations
{
    internal sealed record Resolved(IReadOnlyList<Guid> Ids, IReadOnlyList<string> Unknown);

    /// <summary>Each <c>--org</c> value as an organization id (by id or exact name).</summary>
    public static async Task<Resolved> ResolveAsync(IServiceProvider services, IReadOnlyList<string> values, CancellationToken ct)
    {
        var db = services.GetRequiredService<ClaimsmithDbContext>();
        db.OrganizationScope = OrganizationScope.Unrestricted; // the operator's tool
        var ids = new List<Guid>();
        var unknown = new List<string>();
        foreach (var value in values)
        {
            var matches = Guid.TryParse(value, out var id)
                ? await db.Organizations.Where(o => o.Id == id).Select(o => o.Id).ToListAsync(ct).ConfigureAwait(false)
                : await db.Organizations.Where(o => o.Name == value).Select(o => o.Id).ToListAsync(ct).ConfigureAwait(false);
            if (matches.Count == 1)
            {
                ids.Add(matches[0]);
            }
            else
            {
                unknown.Add(matches.Count == 0 ? value : value + " (ambiguous: use the id)");
            }
        }

        return new Resolved(ids, unknown);
    }

    public static async Task AssignAsync(IServiceProvider services, string email, IReadOnlyList<Guid> organizationIds, bool allOrganizations, CancellationToken ct)
    {
        var db = services.GetRequiredService<ClaimsmithDbContext>();
        db.OrganizationScope = OrganizationScope.Unrestricted;
        var normalized = services.GetRequiredService<Microsoft.AspNetCore.Identity.ILookupNormalizer>().NormalizeEmail(email);
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized, ct).ConfigureAwait(false);
        user.AllOrganizations = allOrganizations;
        foreach (var id in organizationIds.Distinct())
        {
            db.OrganizationMembers.Add(new OrganizationMember { UserId = user.Id, OrganizationId = id });
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
