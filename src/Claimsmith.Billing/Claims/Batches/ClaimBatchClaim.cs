namespace Claimsmith.Billing;

/// <summary>A claim carried by a <see cref="ClaimBatch"/>.</summary>
public sealed class ClaimBatchClaim
{
    public Guid BatchId { get; set; }
    public Guid ClaimId { get; set; }
}
