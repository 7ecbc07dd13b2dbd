namespace Claimsmith.Billing;

/// <summary>
/// The insured as on the claim (loop 2000B SBR + 2010BA). When <see cref="Relationship"/> is not
/// Self the patient goes in loop 2000C with PAT01 from the relationship.
/// </summary>
public sealed record ClaimSubscriber
{
    public CoverageOrder Order { get; init; } = CoverageOrder.Primary;
    public SubscriberRelationship Relationship { get; init; } = SubscriberRelationship.Self;
    public string MemberId { get; init; } = "";
    public string? GroupNumber { get; init; }
    public string? PlanName { get; init; }
    public string LastName { get; init; } = "";
    public string FirstName { get; init; } = "";
    public DateOnly? BirthDate { get; init; }
    public Sex Sex { get; init; }
    public Address? Address { get; init; }
}
