using Claimsmith.Billing;

namespace Claimsmith.Data.Remittance;

/// <summary>
/// An 835 payment that was not posted at all because its numbers do not add up (BPR02 against
/// the claim payments and PLB) or it has no trace number: the file-level half of the exceptions queue.
/// </summary>
public sealed class RemittanceRejection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The organization of the first claim found, or of the uploader; null when neither is known.</summary>
    public Guid? OrganizationId { get; set; }
    public string PayerKey { get; set; } = "";
    public string? PayerName { get; set; }
    public string TraceNumber { get; set; } = "";
    public Money PaymentAmount { get; set; }
    public string FileSha256 { get; set; } = "";
    /// <summary>The stable issue code (<c>remit.checkUnbalanced</c>, <c>remit.noTrace</c>, <c>remit.unreadable</c>).</summary>
    public string Code { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public string ReceivedBy { get; set; } = "";
}
