namespace Claimsmith.Billing;

/// <summary>A service location (837 loop 2310C/2310E service facility; CMS-1500 box 32).</summary>
public sealed class Facility : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public Npi? Npi { get; set; }
    /// <summary>Default CMS place-of-service code for encounters here (two digits).</summary>
    public string PlaceOfService { get; set; } = "11";
    public Address Address { get; set; } = new();
    /// <inheritdoc />
    public long Version { get; set; }
}
