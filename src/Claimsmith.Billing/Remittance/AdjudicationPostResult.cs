namespace Claimsmith.Billing;

/// <summary>
/// What posting one claim payment did: the ledger entries (in the ledger's
/// <see cref="Ledger.Pending"/>), the claim status it moved to, and the adjudication it reversed;
/// or the issue that sent it to the exceptions queue (then nothing was posted).
/// </summary>
/// <param name="Issue">Why it was not posted, or null.</param>
/// <param name="Status">The claim's status afterwards.</param>
/// <param name="Reversed">The earlier adjudication a CLP02 22 reversal cancelled.</param>
/// <param name="Note">A status move the lifecycle refused (the money still posted), or null.</param>
public sealed record AdjudicationPostResult(BillingIssue? Issue, ClaimStatus Status, ClaimAdjudication? Reversed, string? Note)
{
    /// <summary>True when posted.</summary>
    public bool Succeeded => Issue is null;
}
