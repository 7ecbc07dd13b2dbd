namespace Claimsmith.Billing;

/// <summary>A patient of one organisation.</summary>
public sealed class Patient : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    /// <summary>The organisation's account number for the patient (CMS-1500 box 26).</summary>
    public required string AccountNumber { get; set; }
    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public string? MiddleName { get; set; }
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }
    public Address Address { get; set; } = new();
    public string? Phone { get; set; }
    /// <inheritdoc />
    public long Version { get; set; }
}
