using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>Roles and users, shared by the web host's first-run page and <c>claimsmith users add</c>.</summary>
public static class ClaimsmithIdentity
{
    /// <summary>Creates any missing role of <see cref="ClaimsmithRoles.All"/>.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var name in ClaimsmithRoles.All)
        {
            if (!await roles.RoleExistsAsync(name).ConfigureAwait(false))
            {
                var result = await roles.CreateAsync(new IdentityRole(name)).ConfigureAwait(false);
                if (!result.Succeeded && !await roles.RoleExistsAsync(name).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"Could not create role {name}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }

    /// <summary>True when nobody can sign in yet (a new installation).</summary>
    public static async Task<bool> HasNoUsersAsync(ClaimsmithDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return !await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a user with a password and roles. Unknown roles and weak passwords come back as
    /// failed <see cref="IdentityResult"/>s, not exceptions.
    /// </summary>
    public static async Task<IdentityResult> CreateUserAsync(UserManager<ClaimsmithUser> users, string email, string password, IReadOnlyCollection<string> roles, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(roles);
        var unknown = roles.Where(r => !ClaimsmithRoles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"Unknown role(s): {string.Join(", ", unknown)}. Roles: {string.Join(", ", ClaimsmithRoles.All)}." });
        }

        var user = new ClaimsmithUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!created.Succeeded || roles.Count == 0)
        {
            return created;
        }

        return await users.AddToRolesAsync(user, roles).ConfigureAwait(false);
    }
}
