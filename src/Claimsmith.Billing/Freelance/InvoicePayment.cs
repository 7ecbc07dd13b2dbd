namespace Claimsmith.Billing;

/// <summary>
/// Money a client paid against an invoice. Rows are only ever added: a payment recorded by mistake
/// is cancelled by a negative one that names it in <see cref="ReversesPaymentId"/>.
/// </summary>
public sealed class InvoicePayment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InvoiceId { get; set; }
    public Guid OrganizationId { get; set; }
    public Money Amount { get; set; }
    public DateOnly ReceivedOn { get; set; }
    /// <summary>Check number or transfer reference.</summary>
    public string? Reference { get; set; }
    public Guid? ReversesPaymentId { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
