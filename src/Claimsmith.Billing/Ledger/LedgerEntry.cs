namespace Claimsmith.Billing;

/// <summary>
/// One immutable line of the append-only ledger. Amounts are signed from the practice's side:
/// positive increases what is owed (charges), negative decreases it (payments, write-offs).
/// A claim's balance is the sum of its entries; a patient's balance the sum over their claims.
/// </summary>
public sealed class LedgerEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid PatientId { get; init; }
    public Guid ClaimId { get; init; }
    /// <summary>The claim line a charge, or a line-level payment, adjustment or transfer, belongs to.</summary>
    public Guid? ClaimLineId { get; init; }
    public LedgerEntryKind Kind { get; init; }
    public LedgerBucket Bucket { get; init; }
    public Money Amount { get; init; }
    public DateTimeOffset PostedAt { get; init; }
    public string PostedBy { get; init; } = "";
    /// <summary>Check/EFT trace number for payments (835 TRN02), or the claim number for charges.</summary>
    public string? Reference { get; init; }
    /// <summary>Adjustment reason as group and CARC, e.g. <c>CO-45</c>, <c>PR-2</c>.</summary>
    public string? ReasonCode { get; init; }
    public string? Memo { get; init; }
    /// <summary>Links the two halves of a transfer.</summary>
    public Guid? TransferId { get; init; }
    /// <summary>The entry a reversal cancels.</summary>
    public Guid? ReversesEntryId { get; init; }
    /// <summary>The 835 claim adjudication (<see cref="ClaimAdjudication"/>) the entry was posted from, so a reversal (CLP02 22) finds exactly what to cancel.</summary>
    public Guid? AdjudicationId { get; init; }
}
