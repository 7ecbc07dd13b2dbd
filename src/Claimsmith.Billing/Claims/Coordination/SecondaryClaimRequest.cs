namespace Claimsmith.Billing;

/// <summary>What a secondary (or tertiary) claim is built from.</summary>
public sealed record SecondaryClaimRequest
{
    /// <summary>The claim the prior payer adjudicated (the primary's claim, or the secondary's for a tertiary claim).</summary>
    public required Claim PriorClaim { get; init; }
    /// <summary>How the prior payer adjudicated it.</summary>
    public required PrimaryAdjudication Adjudication { get; init; }
    /// <summary>The coverage to bill next (a later <see cref="CoverageOrder"/> than the prior claim's).</summary>
    public required Coverage NextCoverage { get; init; }
    /// <summary>The payer of <see cref="NextCoverage"/>.</summary>
    public required Payer NextPayer { get; init; }
    /// <summary>The patient (for the subscriber when the patient is the insured).</summary>
    public required Patient Patient { get; init; }
    /// <summary>CLM01 of the new claim.</summary>
    public required string ClaimNumber { get; init; }
    public required string Actor { get; init; }
}
