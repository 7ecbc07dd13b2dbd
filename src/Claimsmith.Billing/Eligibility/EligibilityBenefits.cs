namespace Claimsmith.Billing;

/// <summary>
/// A 271 response for one member in plain terms: whether coverage is active, the plan,
/// deductibles and out-of-pocket amounts met and remaining, and copays and coinsurance by
/// service type. <see cref="Rejections"/> explains a response that could not answer (AAA).
/// </summary>
public sealed record EligibilityBenefits
{
    /// <summary>True when an EB01 active code (1-5) was sent, false for inactive (6-8), null when neither.</summary>
    public bool? Active { get; init; }
    /// <summary>The coverage status in words.</summary>
    public string Status { get; init; } = "";
    public string? PayerName { get; init; }
    public string? PayerId { get; init; }
    public string? MemberLastName { get; init; }
    public string? MemberFirstName { get; init; }
    public string? MemberId { get; init; }
    /// <summary>Subscriber (2000C) or dependent (2000D).</summary>
    public string Level { get; init; } = "subscriber";
    /// <summary>The member's trace numbers (2100C/D TRN02), echoing the 270's.</summary>
    public IReadOnlyList<string> Traces { get; init; } = [];
    /// <summary>The plan or insurance product (EB05 of the active coverage, or REF*18/6P).</summary>
    public string? Plan { get; init; }
    /// <summary>Group number (REF*6P or REF*IG), when sent.</summary>
    public string? GroupNumber { get; init; }
    /// <summary>Plan or eligibility dates (DTP*291/346/356/357) in words.</summary>
    public IReadOnlyList<string> Dates { get; init; } = [];
    public IReadOnlyList<BenefitAmount> Deductibles { get; init; } = [];
    public IReadOnlyList<BenefitAmount> OutOfPocket { get; init; } = [];
    public IReadOnlyList<ServiceBenefit> Copays { get; init; } = [];
    public IReadOnlyList<ServiceBenefit> Coinsurance { get; init; } = [];
    /// <summary>Service types covered by the active coverage (EB01 1 with EB03), in words.</summary>
    public IReadOnlyList<string> CoveredServices { get; init; } = [];
    /// <summary>Why the payer could not answer (AAA reject reason and follow-up), in words.</summary>
    public IReadOnlyList<string> Rejections { get; init; } = [];
    /// <summary>Free-text messages (MSG) the payer attached.</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];
}
