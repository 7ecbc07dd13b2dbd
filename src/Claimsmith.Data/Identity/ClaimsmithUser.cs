using Microsoft.AspNetCore.Identity;

namespace Claimsmith.Data;

/// <summary>A person who signs in to Claimsmith (ASP.NET Core Identity user).</summary>
public sealed class ClaimsmithUser : IdentityUser
{
    /// <summary>Name shown in histories and the ledger.</summary>
    public string? DisplayName { get; set; }

    /// <summary>
    /// Works for every client organization (staff of the billing service), granted explicitly by an
    /// admin; everyone else sees only the organizations they are a member of.
    /// </summary>
    public bool AllOrganizations { get; set; }
}
