namespace Claimsmith.Billing;

/// <summary>A chart coded in the period (the first coder-level <see cref="CodedChart"/> of an encounter).</summary>
public sealed record BillableChart(Guid EncounterId, ChartType Type, DateOnly CodedOn);
