namespace Claimsmith.Billing;

/// <summary>
/// A provider or organisation as it appears on the claim when built (837 NM1 + N3/N4 + REF + PRV).
/// Claims keep a copy so that what was sent never changes when master data is edited later.
/// </summary>
public sealed record ClaimParty
{
    /// <summary>Organisation name or the person's last name (NM103).</summary>
    public string LastNameOrOrganization { get; init; } = "";
    /// <summary>First name; null for organisations (NM102 = 2).</summary>
    public string? FirstName { get; init; }
    public string? Npi { get; init; }
    public string? Taxonomy { get; init; }
    /// <summary>EIN for the billing provider (REF*EI).</summary>
    public string? TaxId { get; init; }
    public Address? Address { get; init; }

    /// <summary>True when the party is a person (NM102 = 1).</summary>
    public bool IsPerson => FirstName is not null;
}
