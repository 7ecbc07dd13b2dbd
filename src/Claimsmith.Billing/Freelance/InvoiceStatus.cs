namespace Claimsmith.Billing;

/// <summary>An invoice is issued (and then never changes) or void (replaced by a new one).</summary>
public enum InvoiceStatus
{
    Issued = 0,
    Void = 1,
}
