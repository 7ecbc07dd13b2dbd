namespace Claimsmith.Billing;

/// <summary>A chart's codes by the coder and by the reviewer.</summary>
public sealed record ReviewedChart(Guid EncounterId, ChartType Type, IReadOnlySet<string> CoderCodes, IReadOnlySet<string> ReviewerCodes);
