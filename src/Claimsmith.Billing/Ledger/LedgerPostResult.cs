namespace Claimsmith.Billing;

/// <summary>Entries a posting produced, or the issue that refused it (then no entries).</summary>
public sealed record LedgerPostResult(IReadOnlyList<LedgerEntry> Entries, BillingIssue? Issue)
{
    /// <summary>True when the posting was accepted.</summary>
    public bool Succeeded => Issue is null;

    internal static LedgerPostResult Refused(string code, string location, string message) => new([], new BillingIssue(code, location, message));
}
