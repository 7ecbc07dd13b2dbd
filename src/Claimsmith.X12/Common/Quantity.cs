namespace Claimsmith.X12.Common;

/// <summary>A QTY segment (QTY01 qualifier, QTY02 quantity).</summary>
/// <param name="Qualifier">QTY01, e.g. PT patients transported, ZK federal qualified visits.</param>
/// <param name="Value">QTY02.</param>
public sealed record Quantity(string Qualifier, decimal Value);
