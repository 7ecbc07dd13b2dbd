using Claimsmith.Data;
using Microsoft.AspNetCore.Authorization;

namespace Claimsmith.Web.Hosting;

/// <summary>
/// Named authorization policies; every endpoint names one. The fallback policy (any signed-in
/// user) covers anything that forgets, and anonymous access is opt-in with AllowAnonymous.
/// </summary>
internal static class Policies
{
    /// <summary>Read master data, encounters and claims: every role.</summary>
    public const string Read = "read";
    /// <summary>Edit organisations and payers: admin.</summary>
    public const string Admin = "admin";
    /// <summary>Edit patients, coverage, providers, facilities: admin and billers.</summary>
    public const string Registration = "registration";
    /// <summary>Code encounters (diagnoses, charges, notes): admin, coders, freelance coders, billers.</summary>
    public const string Coding = "coding";
    /// <summary>Build claims, move them through their lifecycle, post to the ledger: admin and billers.</summary>
    public const string Billing = "billing";

    /// <summary>
    /// Read money and what billing produced (ledger, balances, 837 batches and their files,
    /// CMS-1500 forms): admin, billers and auditors, who review everything of their
    /// organizations but change nothing.
    /// </summary>
    public const string BillingRead = "billing-read";

    /// <summary>Read and export the audit log: admin and auditors. Also quality review of coders' charts.</summary>
    public const string Audit = "audit";

    /// <summary>Report one's own work time and coded charts, read one's own time and reports: admin, coders, freelance coders, billers.</summary>
    public const string FreelanceWork = "freelance-work";

    /// <summary>The roles each policy admits (tests read this to know who must get 403).</summary>
    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>
    {
        [Read] = [.. ClaimsmithRoles.All],
        [Admin] = [ClaimsmithRoles.Admin],
        [Registration] = [ClaimsmithRoles.Admin, ClaimsmithRoles.Biller],
        [Coding] = [ClaimsmithRoles.Admin, ClaimsmithRoles.Coder, ClaimsmithRoles.FreelanceCoder, ClaimsmithRoles.Biller],
        [Billing] = [ClaimsmithRoles.Admin, ClaimsmithRoles.Biller],
        [BillingRead] = [ClaimsmithRoles.Admin, ClaimsmithRoles.Biller, ClaimsmithRoles.Auditor],
        [Audit] = [ClaimsmithRoles.Admin, ClaimsmithRoles.Auditor],
        [FreelanceWork] = [ClaimsmithRoles.Admin, ClaimsmithRoles.Coder, ClaimsmithRoles.FreelanceCoder, ClaimsmithRoles.Biller],
    };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
