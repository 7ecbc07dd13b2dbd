namespace Claimsmith.Data.Security;

/// <summary>A user's assignment to an organization they work for (one row per user and organization).</summary>
public sealed class OrganizationMember
{
    public required string UserId { get; set; }
    public Guid OrganizationId { get; set; }
}
