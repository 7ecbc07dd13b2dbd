namespace Claimsmith.Billing;

/// <summary>What <see cref="ClaimBuilder"/> needs: the encounter and the master data it refers to.</summary>
public sealed record ClaimBuildRequest
{
    public required Encounter Encounter { get; init; }
    public required Patient Patient { get; init; }
    public required Coverage Coverage { get; init; }
    public required Payer Payer { get; init; }
    public required Organization Organization { get; init; }
    /// <summary>The providers the encounter names, by id.</summary>
    public IReadOnlyDictionary<Guid, Provider> Providers { get; init; } = new Dictionary<Guid, Provider>();
    public Facility? Facility { get; init; }
    /// <summary>The patient's other coverages with their payers; those in effect on the date of service go on the claim.</summary>
    public IReadOnlyList<(Coverage Coverage, Payer Payer)> OtherCoverages { get; init; } = [];
    public required string ClaimNumber { get; init; }
    public required string Actor { get; init; }
}
