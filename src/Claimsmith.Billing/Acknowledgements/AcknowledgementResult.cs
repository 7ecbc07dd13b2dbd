namespace Claimsmith.Billing;

/// <summary>
/// What one acknowledgement file said about one of our claims (or about a reference we could
/// not match), and what Claimsmith did about it.
/// </summary>
public sealed class AcknowledgementResult
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FileId { get; set; }
    /// <summary>The matched claim; null when the reference matched none.</summary>
    public Guid? ClaimId { get; set; }
    /// <summary>The 837 batch the acknowledgement refers to (999), when matched.</summary>
    public Guid? BatchId { get; set; }
    /// <summary>What the file named: our claim number (277CA TRN02 / 999 CTX) or <c>GS06/ST02</c> of the 837 (999).</summary>
    public required string Reference { get; set; }
    public AcknowledgementVerdict Verdict { get; set; }
    /// <summary>The codes as sent, e.g. <c>A7:562:85</c> or <c>IK5 R 5; IK3 NM1 17 8</c>.</summary>
    public string Codes { get; set; } = "";
    /// <summary>The codes in plain words.</summary>
    public string Explanation { get; set; } = "";
    /// <summary>The payer's claim control number (277CA REF*1K), when given.</summary>
    public string? PayerClaimControlNumber { get; set; }
    /// <summary>What changed, e.g. <c>Submitted -&gt; Rejected</c>, or why nothing did.</summary>
    public string Outcome { get; set; } = "";
    /// <summary>True when the claim's status was changed by this result.</summary>
    public bool Changed { get; set; }
    public DateTimeOffset At { get; set; }
}
