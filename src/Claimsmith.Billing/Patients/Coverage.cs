namespace Claimsmith.Billing;

/// <summary>A patient's insurance with one payer, in primary/secondary/tertiary order.</summary>
public sealed class Coverage : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PatientId { get; set; }
    public Guid PayerId { get; set; }
    public CoverageOrder Order { get; set; } = CoverageOrder.Primary;
    public required string MemberId { get; set; }
    public string? GroupNumber { get; set; }
    public string? PlanName { get; set; }
    public SubscriberRelationship Relationship { get; set; } = SubscriberRelationship.Self;
    /// <summary>The subscriber when not the patient (required unless <see cref="Relationship"/> is Self).</summary>
    public Person? Subscriber { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>True when the coverage is in effect on <paramref name="date"/>.</summary>
    public bool IsActiveOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
