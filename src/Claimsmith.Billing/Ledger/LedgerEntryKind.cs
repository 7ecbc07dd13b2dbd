namespace Claimsmith.Billing;

/// <summary>What a ledger entry records.</summary>
public enum LedgerEntryKind
{
    /// <summary>A billed service line (positive).</summary>
    Charge = 0,
    /// <summary>Money received from a payer or the patient (negative).</summary>
    Payment = 1,
    /// <summary>A write-off or correction with a reason, e.g. CARC 45 contractual (usually negative).</summary>
    Adjustment = 2,
    /// <summary>Half of a pair that moves responsibility between buckets; a pair sums to zero.</summary>
    Transfer = 3,
    /// <summary>Cancels an earlier entry by posting its negation; entries are never changed or deleted.</summary>
    Reversal = 4,
}
