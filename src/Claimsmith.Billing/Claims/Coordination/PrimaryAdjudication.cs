namespace Claimsmith.Billing;

/// <summary>
/// How a prior payer adjudicated one of our claims, in neutral terms: what a secondary or
/// tertiary claim must report in 837 loops 2320 (claim adjustments, AMT*D paid, AMT*EAF
/// remaining patient liability), 2330B (DTP*573 adjudication date, REF*F8 claim control
/// number) and 2430 (per line SVD, CAS, DTP*573). Built from an 835 claim payment by
/// <see cref="PrimaryAdjudicationMapper"/> or from stored postings.
/// </summary>
public sealed record PrimaryAdjudication
{
    /// <summary>The paying payer's name as it goes in 2330B NM103 (the claim's payer when empty).</summary>
    public string? PayerName { get; init; }
    /// <summary>The paying payer's id for 2330B NM109 and 2430 SVD01 (the claim's payer id when empty).</summary>
    public string? PayerIdentifier { get; init; }
    /// <summary>The payer's claim control number (835 CLP07).</summary>
    public string? PayerClaimControlNumber { get; init; }
    /// <summary>Adjudication or payment date (835 BPR16 or DTM*573/050): 837 DTP*573.</summary>
    public required DateOnly PaidDate { get; init; }
    /// <summary>Claim paid amount (835 CLP04): 837 2320 AMT*D.</summary>
    public Money Paid { get; init; }
    /// <summary>Claim-level adjustments (835 2100 CAS).</summary>
    public IReadOnlyList<OtherPayerAdjustment> ClaimAdjustments { get; init; } = [];
    /// <summary>Per line payments and adjustments (835 2110).</summary>
    public IReadOnlyList<PrimaryLineAdjudication> Lines { get; init; } = [];

    /// <summary>What the patient still owes after this payer: every PR adjustment, claim and line level (837 AMT*EAF).</summary>
    public Money RemainingPatientLiability =>
        Money.Sum(ClaimAdjustments.Concat(Lines.SelectMany(l => l.Adjustments)).Where(a => a.Group == "PR").Select(a => a.Amount));
}
