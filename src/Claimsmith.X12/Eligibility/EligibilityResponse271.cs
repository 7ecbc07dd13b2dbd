using Claimsmith.X12.Envelope;

namespace Claimsmith.X12.Eligibility;

/// <summary>A 271 eligibility response (005010X279A1).</summary>
public sealed class EligibilityResponse271
{
    /// <summary>ST02.</summary>
    public string? ControlNumber { get; set; }
    /// <summary>BHT03 the inquiry's reference.</summary>
    public string? Reference { get; set; }
    /// <summary>2100A payer name.</summary>
    public string? PayerName { get; set; }
    /// <summary>2100A payer id.</summary>
    public string? PayerId { get; set; }
    /// <summary>2100B provider name.</summary>
    public string? ProviderName { get; set; }
    /// <summary>2100B provider id.</summary>
    public string? ProviderId { get; set; }
    /// <summary>AAA at the source or receiver level (the whole inquiry rejected).</summary>
    public List<RequestRejection> Rejections { get; } = [];
    /// <summary>Subscribers and dependents.</summary>
    public List<EligibilityMember271> Members { get; } = [];
    /// <summary>The envelope it was read from.</summary>
    public X12TransactionHeader? Envelope { get; set; }
}
