namespace Claimsmith.Billing;

/// <summary>
/// A client organisation (practice, surgery center, hospital). It is the billing provider on
/// its claims (837 loop 2010AA: name, NPI, EIN as REF*EI, taxonomy in PRV).
/// </summary>
public sealed class Organization : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public OrganizationKind Kind { get; set; }
    /// <summary>Employer identification number, nine digits, no hyphen.</summary>
    public required string TaxId { get; set; }
    public Npi Npi { get; set; }
    public TaxonomyCode? Taxonomy { get; set; }
    public Address Address { get; set; } = new();
    public string? Phone { get; set; }
    /// <inheritdoc />
    public long Version { get; set; }
}
