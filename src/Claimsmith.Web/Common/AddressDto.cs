namespace Claimsmith.Web.Common;

/// <summary>An address in a request.</summary>
internal sealed record AddressDto(string? Line1, string? Line2, string? City, string? State, string? PostalCode);
