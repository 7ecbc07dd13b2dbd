namespace Claimsmith.Billing;

/// <summary>What an invoice line bills.</summary>
public enum InvoiceLineKind
{
    Hours = 0,
    Charts = 1,
    Collections = 2,
    /// <summary>The difference up to the contract's minimum monthly fee.</summary>
    MinimumFee = 3,
}
