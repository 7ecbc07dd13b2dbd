using Claimsmith.X12.Claims;

namespace Claimsmith.X12.Eligibility;

/// <summary>A 270 eligibility inquiry (005010X279A1): payer, provider, subscriber and optionally a dependent.</summary>
public sealed class EligibilityInquiry270
{
    /// <summary>BHT03 submitter's transaction reference.</summary>
    public required string Reference { get; set; }
    /// <summary>BHT04 creation date CCYYMMDD.</summary>
    public required string CreationDate { get; set; }
    /// <summary>BHT05 creation time HHMM.</summary>
    public required string CreationTime { get; set; }
    /// <summary>2100A information source: NM1*PR payer (PI payer id).</summary>
    public required Party837 Payer { get; set; }
    /// <summary>2100B information receiver: NM1*1P provider (XX NPI).</summary>
    public required Party837 Provider { get; set; }
    /// <summary>2100C subscriber.</summary>
    public required EligibilityPerson Subscriber { get; set; }
    /// <summary>2100D dependent, when the patient is not the subscriber.</summary>
    public EligibilityPerson? Dependent { get; set; }
}
