namespace Claimsmith.X12.Common;

/// <summary>N3 + N4: street, city, state, postal code.</summary>
public sealed record Address
{
    /// <summary>N301.</summary>
    public string? Line1 { get; init; }
    /// <summary>N302.</summary>
    public string? Line2 { get; init; }
    /// <summary>N401.</summary>
    public string? City { get; init; }
    /// <summary>N402.</summary>
    public string? State { get; init; }
    /// <summary>N403 (the 837 billing provider needs all 9 digits).</summary>
    public string? PostalCode { get; init; }
    /// <summary>N404, when outside the US.</summary>
    public string? Country { get; init; }
    /// <summary>N407 country subdivision.</summary>
    public string? CountrySubdivision { get; init; }
    /// <summary>Whether an N3 was read/should be written.</summary>
    public bool HasStreet => Line1 is not null;
    /// <summary>Whether an N4 was read/should be written.</summary>
    public bool HasCity => City is not null || State is not null || PostalCode is not null;
}
