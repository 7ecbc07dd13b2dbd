namespace Claimsmith.Billing;

/// <summary>
/// How the prior payer paid one of our claim lines. The line is named by any of its id, its
/// line item control number (835 REF*6R) or its line number; the first that is set is used.
/// </summary>
public sealed record PrimaryLineAdjudication
{
    /// <summary>Our <see cref="ClaimLine"/> id.</summary>
    public Guid? ClaimLineId { get; init; }
    /// <summary>Our line item control number as echoed in 835 REF*6R.</summary>
    public string? LineControlNumber { get; init; }
    /// <summary>1-based line number on the claim.</summary>
    public int? LineNumber { get; init; }
    /// <summary>Line paid amount (835 SVC03, 837 SVD02).</summary>
    public Money Paid { get; init; }
    /// <summary>Units paid (835 SVC05); the billed units when not given.</summary>
    public decimal? PaidUnits { get; init; }
    /// <summary>Line adjustments (835 2110 CAS).</summary>
    public IReadOnlyList<OtherPayerAdjustment> Adjustments { get; init; } = [];
}
