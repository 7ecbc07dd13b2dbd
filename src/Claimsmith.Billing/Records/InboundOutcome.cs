namespace Claimsmith.Billing;

/// <summary>What happened to a received message; maps to the HL7 acknowledgment code (MSA-1).</summary>
public enum InboundOutcome
{
    /// <summary>AA: imported.</summary>
    Accepted = 0,
    /// <summary>AE: understood but not (fully) imported; kept for review.</summary>
    Error = 1,
    /// <summary>AR: not processed (unreadable, unsupported type or version); kept for review.</summary>
    Rejected = 2,
}
