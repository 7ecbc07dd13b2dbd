using Claimsmith.X12.Envelope;

namespace Claimsmith.X12.ClaimStatus;

/// <summary>A 277CA claim acknowledgment (005010X214) or 277 claim status response (005010X212).</summary>
public sealed class ClaimStatusResponse277
{
    /// <summary>ST02.</summary>
    public string? ControlNumber { get; set; }
    /// <summary>ST03 / GS08: 005010X214 for 277CA, 005010X212 for 277.</summary>
    public string? ImplementationReference { get; set; }
    /// <summary>BHT03 reference.</summary>
    public string? Reference { get; set; }
    /// <summary>BHT06: TH receipt acknowledgment (277CA), DG response (277).</summary>
    public string? TransactionType { get; set; }
    /// <summary>HL 20 information source (the payer or clearinghouse).</summary>
    public List<StatusEntity277> Sources { get; } = [];
    /// <summary>HL 21 information receivers (the submitter), with batch-level statuses.</summary>
    public List<StatusEntity277> Receivers { get; } = [];
    /// <summary>HL 19 billing providers, with provider-level statuses.</summary>
    public List<StatusEntity277> Providers { get; } = [];
    /// <summary>Claim-level statuses.</summary>
    public List<ClaimStatus277> Claims { get; } = [];
    /// <summary>The envelope it was read from.</summary>
    public X12TransactionHeader? Envelope { get; set; }

    /// <summary>Whether this is a 277CA.</summary>
    public bool IsClaimAcknowledgment => ImplementationReference?.Contains("X214", StringComparison.Ordinal) == true;
}
