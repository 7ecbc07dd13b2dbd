namespace Claimsmith.Billing;

/// <summary>Where one claim payment (835 loop 2100) stands in posting.</summary>
public enum AdjudicationState
{
    /// <summary>Stored, not yet on the ledger.</summary>
    Pending = 0,
    /// <summary>On the ledger (payment, adjustments and transfers posted in one transaction).</summary>
    Posted = 1,
    /// <summary>Waiting in the exceptions queue (no claim matched, or its numbers do not balance); nothing posted.</summary>
    Exception = 2,
    /// <summary>Posted, then cancelled by a later reversal (CLP02 22).</summary>
    Reversed = 3,
}
