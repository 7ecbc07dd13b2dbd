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
}
