namespace Claimsmith.Billing;

/// <summary>A US postal address as the 837 N3/N4 segments and the CMS-1500 carry it.</summary>
public sealed record Address
{
    public string Line1 { get; init; } = "";
    public string? Line2 { get; init; }
    public string City { get; init; } = "";
    /// <summary>Two-letter state or territory code.</summary>
    public string State { get; init; } = "";
    /// <summary>ZIP code, 5 or 9 digits (837 N403 requires 9 for billing provider).</summary>
    public string PostalCode { get; init; } = "";
}
