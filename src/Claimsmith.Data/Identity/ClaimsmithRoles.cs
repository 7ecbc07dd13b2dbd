namespace Claimsmith.Data;

/// <summary>The roles of DOMAIN.md "Who uses it"; every endpoint names the ones it admits.</summary>
public static class ClaimsmithRoles
{
    public const string Admin = "admin";
    public const string Coder = "coder";
    public const string Biller = "biller";
    public const string Auditor = "auditor";
    public const string FreelanceCoder = "freelance-coder";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Coder, Biller, Auditor, FreelanceCoder];
}
