namespace Claimsmith.Billing;

/// <summary>The X12 transactions exchanged with a clearinghouse.</summary>
public enum ClearinghouseTransaction
{
    Unknown = 0,
    /// <summary>837P/837I claims (outbound).</summary>
    Claim837 = 1,
    /// <summary>270 eligibility inquiry (outbound).</summary>
    Eligibility270 = 2,
    /// <summary>276 claim status inquiry (outbound).</summary>
    ClaimStatus276 = 3,
    /// <summary>999 implementation acknowledgment (inbound).</summary>
    Acknowledgment999 = 10,
    /// <summary>277CA claim acknowledgment (inbound).</summary>
    ClaimAcknowledgment277 = 11,
    /// <summary>271 eligibility response (inbound).</summary>
    Eligibility271 = 12,
    /// <summary>277 claim status response (inbound).</summary>
    ClaimStatus277 = 13,
    /// <summary>835 remittance (inbound).</summary>
    Remittance835 = 14,
}
