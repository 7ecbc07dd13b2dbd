namespace Claimsmith.Billing;

/// <summary>An individual clinician (rendering, attending, referring) with NPI and taxonomy.</summary>
public sealed class Provider : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The organisation the provider bills through; null for outside referring providers.</summary>
    public Guid? OrganizationId { get; set; }
    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public string? Credentials { get; set; }
    public Npi Npi { get; set; }
    public TaxonomyCode? Taxonomy { get; set; }
    /// <inheritdoc />
    public long Version { get; set; }
}
