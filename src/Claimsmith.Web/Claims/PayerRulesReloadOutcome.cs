namespace Claimsmith.Web.Claims;

/// <summary>What <see cref="ClaimScrubService.ReloadPayerRules"/> did.</summary>
internal enum PayerRulesReloadOutcome
{
    /// <summary>The file was read without a problem and its rules are in force now.</summary>
    Reloaded,

    /// <summary>The file is missing or has problems; the rules in force are unchanged.</summary>
    Refused,

    /// <summary>No rules file is configured; the rules in force are unchanged.</summary>
    NotConfigured,
}
