namespace Claimsmith.Billing;

/// <summary>
/// An invoice to a client for one period. Once issued it never changes: a wrong invoice is voided
/// (<see cref="Void"/>) and a new one issued that names it in <see cref="ReplacesInvoiceId"/>;
/// the database refuses any other update.
/// </summary>
public sealed class ClientInvoice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClientId { get; set; }
    public Guid OrganizationId { get; set; }
    /// <summary>Invoice number, e.g. <c>INV-000042</c>.</summary>
    public required string Number { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public DateOnly IssueDate { get; set; }
    public DateOnly DueDate { get; set; }
    public InvoiceStatus Status { get; set; }
    public Money Subtotal { get; set; }
    public Money MinimumFeeAdjustment { get; set; }
    public Money Total { get; set; }
    /// <summary>Client and sender as printed (names of organizations, no patient data).</summary>
    public required string ClientName { get; set; }
    public string? VendorName { get; set; }
    public string RoundingRule { get; set; } = InvoiceCalculator.RoundingRule;
    public required string IssuedBy { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public Guid? ReplacesInvoiceId { get; set; }
    public DateTimeOffset? VoidedAt { get; set; }
    public string? VoidedBy { get; set; }
    public string? VoidReason { get; set; }
    public List<ClientInvoiceLine> Lines { get; set; } = [];

    /// <summary>Voids an issued invoice; false when it is void already.</summary>
    public bool Void(string by, string reason, DateTimeOffset at)
    {
        if (Status == InvoiceStatus.Void)
        {
            return false;
        }

        Status = InvoiceStatus.Void;
        VoidedBy = by;
        VoidReason = reason;
        VoidedAt = at;
        return true;
    }
}
