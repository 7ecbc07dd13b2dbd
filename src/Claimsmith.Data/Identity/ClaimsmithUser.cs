using Microsoft.AspNetCore.Identity;

namespace Claimsmith.Data;

/// <summary>A person who signs in to Claimsmith (ASP.NET Core Identity user).</summary>
public sealed class ClaimsmithUser : IdentityUser
{
    /// <summary>Name shown in histories and the ledger.</summary>
    public string? DisplayName { get; set; }
}
