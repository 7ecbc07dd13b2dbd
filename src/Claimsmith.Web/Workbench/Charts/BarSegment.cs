namespace Claimsmith.Web.Workbench.Charts;

/// <summary>A segment of a horizontal bar: its series, where it starts along the value axis and how long it is.</summary>
internal readonly record struct BarSegment(int Series, double X, double Width);
