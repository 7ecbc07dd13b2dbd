namespace Claimsmith.Billing;

/// <summary>
/// Another coverage of the patient, as the claim carries it for coordination of benefits
/// (837 loop 2320 other subscriber information + 2330A/2330B; CMS-1500 items 9, 9a, 9d, 11d).
/// </summary>
public sealed record ClaimOtherCoverage
{
    public CoverageOrder Order { get; init; } = CoverageOrder.Secondary;
    public SubscriberRelationship Relationship { get; init; } = SubscriberRelationship.Self;
    public string MemberId { get; init; } = "";
    public string? GroupNumber { get; init; }
    public string? PlanName { get; init; }
    public string SubscriberLastName { get; init; } = "";
    public string SubscriberFirstName { get; init; } = "";
    public DateOnly? SubscriberBirthDate { get; init; }
    public Sex SubscriberSex { get; init; }
    public string PayerName { get; init; } = "";
    public string PayerIdentifier { get; init; } = "";
    public string ClaimFilingIndicator { get; init; } = "CI";

    // What this payer decided, once it adjudicated the claim (837 2320 CAS/AMT, 2330B DTP*573/REF*F8).
    // Empty for a coverage that has not paid yet (e.g. the tertiary on a secondary claim).

    /// <summary>The payer's claim control number (2330B REF*F8).</summary>
    public string? PayerClaimControlNumber { get; init; }
    /// <summary>Adjudication date (2330B DTP*573); set when this payer adjudicated the claim.</summary>
    public DateOnly? AdjudicationDate { get; init; }
    /// <summary>What this payer paid (2320 AMT*D).</summary>
    public Money? PaidAmount { get; init; }
    /// <summary>What the patient still owes after this payer (2320 AMT*EAF).</summary>
    public Money? RemainingPatientLiability { get; init; }
    /// <summary>Claim-level adjustments by this payer (2320 CAS).</summary>
    public IReadOnlyList<OtherPayerAdjustment> Adjustments { get; init; } = [];

    /// <summary>True when this payer has adjudicated the claim.</summary>
    public bool IsAdjudicated => AdjudicationDate is not null;

    /// <summary>Value equality, including the adjustments item by item (a record compares lists by reference).</summary>
    public bool Equals(ClaimOtherCoverage? other) =>
        other is not null && Order == other.Order && Relationship == other.Relationship && MemberId == other.MemberId &&
        GroupNumber == other.GroupNumber && PlanName == other.PlanName && SubscriberLastName == other.SubscriberLastName &&
        SubscriberFirstName == other.SubscriberFirstName && SubscriberBirthDate == other.SubscriberBirthDate &&
        SubscriberSex == other.SubscriberSex && PayerName == other.PayerName && PayerIdentifier == other.PayerIdentifier &&
        ClaimFilingIndicator == other.ClaimFilingIndicator && PayerClaimControlNumber == other.PayerClaimControlNumber &&
        AdjudicationDate == other.AdjudicationDate && PaidAmount == other.PaidAmount &&
        RemainingPatientLiability == other.RemainingPatientLiability && Adjustments.SequenceEqual(other.Adjustments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Order, MemberId, PayerIdentifier, AdjudicationDate, PaidAmount, Adjustments.Count);
}
