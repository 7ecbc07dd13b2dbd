namespace Claimsmith.Data.Security;

/// <summary>
/// The organizations whose records a <see cref="ClaimsmithDbContext"/> may see and change: the
/// signed-in user's memberships, or <see cref="Unrestricted"/> for the CLI and system work. The
/// context's global query filters read it on every query (HIPAA 164.312(a)(1) access control:
/// one place every data path goes through).
/// </summary>
public sealed class OrganizationScope
{
    private OrganizationScope(bool unrestricted, Guid[] organizationIds, string? userId)
    {
        IsUnrestricted = unrestricted;
        OrganizationIds = organizationIds;
        UserId = userId;
    }

    /// <summary>Sees every organization: the CLI, migrations, and staff granted all organizations.</summary>
    public static OrganizationScope Unrestricted { get; } = new(true, [], null);

    /// <summary>Sees nothing: the default until a request's user is known (fail closed).</summary>
    public static OrganizationScope None { get; } = new(false, [], null);

    /// <summary>True when no organization filter applies.</summary>
    public bool IsUnrestricted { get; }

    /// <summary>The organizations in scope (empty when unrestricted).</summary>
    public IReadOnlyList<Guid> OrganizationIds { get; }

    /// <summary>The user the scope belongs to, when it belongs to one (made a member of organizations they create).</summary>
    public string? UserId { get; }

    /// <summary>A user's scope: exactly <paramref name="organizationIds"/>.</summary>
    public static OrganizationScope Of(string userId, IEnumerable<Guid> organizationIds)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);
        return new(false, [.. organizationIds.Distinct()], userId);
    }

    /// <summary>An unrestricted scope that still knows its user (staff working for every organization).</summary>
    public static OrganizationScope AllOrganizations(string userId) => new(true, [], userId);

    /// <summary>True when records of <paramref name="organizationId"/> are in scope.</summary>
    public bool Allows(Guid organizationId) => IsUnrestricted || OrganizationIds.Contains(organizationId);

    internal OrganizationScope With(Guid organizationId) =>
        IsUnrestricted ? this : new(false, [.. OrganizationIds, organizationId], UserId);
}
