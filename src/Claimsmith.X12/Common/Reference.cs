namespace Claimsmith.X12.Common;

/// <summary>A REF segment: a qualified identifier (REF01 qualifier, REF02 value, REF03 description).</summary>
/// <param name="Qualifier">REF01, e.g. G1 prior authorization, F8 payer claim control number, 6R line item control number, EI tax id.</param>
/// <param name="Value">REF02.</param>
/// <param name="Description">REF03 (rarely used in 5010 health care).</param>
public sealed record Reference(string Qualifier, string Value, string? Description = null)
{
    /// <summary>REF04 as raw canonical composite (reference identifier), when present.</summary>
    public string? Composite { get; init; }
}
