namespace Claimsmith.Billing;

/// <summary>Charts of one type coded and the hours spent on them.</summary>
/// <param name="Type">The chart type.</param>
/// <param name="Charts">Charts coded.</param>
/// <param name="Hours">Captured hours on encounters of this type (to the hundredth).</param>
/// <param name="ChartsPerHour">Charts / hours (null without captured time).</param>
public sealed record ChartTypeProductivity(ChartType Type, int Charts, decimal Hours, decimal? ChartsPerHour);
