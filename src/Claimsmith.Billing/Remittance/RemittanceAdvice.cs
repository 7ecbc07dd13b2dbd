namespace Claimsmith.Billing;

/// <summary>
/// One 835 payment as received (BPR/TRN: the check or EFT), the key of idempotent posting: a
/// payer and its trace number (TRN02) are posted once. Its claim payments are
/// <see cref="ClaimAdjudication"/> rows, its provider-level adjustments (PLB) are recorded here and
/// belong to no claim.
/// </summary>
public sealed class RemittanceAdvice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The organization paid (the payee), from the claims matched; null when none matched.</summary>
    public Guid? OrganizationId { get; set; }
    /// <summary>Who paid: TRN03 (1 + tax id), else the payer id from N1*PR or REF*2U. With <see cref="TraceNumber"/> the idempotency key.</summary>
    public string PayerKey { get; set; } = "";
    /// <summary>N1*PR N102.</summary>
    public string? PayerName { get; set; }
    /// <summary>TRN02 check or EFT trace number.</summary>
    public string TraceNumber { get; set; } = "";
    /// <summary>BPR02 total actual provider payment.</summary>
    public Money PaymentAmount { get; set; }
    /// <summary>BPR04: ACH, CHK, NON, ...</summary>
    public string? PaymentMethod { get; set; }
    /// <summary>BPR16 check or EFT date.</summary>
    public DateOnly? PaymentDate { get; set; }
    /// <summary>SHA-256 of the file it came from, hex.</summary>
    public string FileSha256 { get; set; } = "";
    /// <summary>ST02 of the transaction set within the file.</summary>
    public string? ControlNumber { get; set; }
    public int ClaimCount { get; set; }
    public RemittanceStatus Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string ReceivedBy { get; set; } = "";
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>PLB provider-level adjustments: interest, recoupments, forward balances.</summary>
    public List<ProviderLevelAdjustment> ProviderAdjustments { get; set; } = [];
}
