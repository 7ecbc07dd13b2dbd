namespace Claimsmith.Billing;

/// <summary>One recorded move of a claim's status: from, to, who and when.</summary>
public sealed class ClaimStatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ClaimId { get; set; }
    /// <summary>Null for the creation of the claim.</summary>
    public ClaimStatus? From { get; set; }
    public ClaimStatus To { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public string? Note { get; set; }
}
