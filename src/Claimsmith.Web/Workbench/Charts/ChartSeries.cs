namespace Claimsmith.Web.Workbench.Charts;

/// <summary>One line of a line chart: its name and a value per point on the x axis (null: no value there, the line breaks).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
