namespace Claimsmith.Web.Workbench.Charts;

/// <summary>Layout of horizontal stacked bars on a <see cref="ChartScale"/>.</summary>
internal static class BarGeometry
{
    /// <summary>
    /// The segments of a bar laid end to end from <paramref name="x0"/>: each as long as its value on
    /// the scale, so the segments together are as long as the bar's total (zero values get no segment).
    /// </summary>
    public static IReadOnlyList<BarSegment> Segments(ChartBar bar, ChartScale scale, double x0, double length)
    {
        ArgumentNullException.ThrowIfNull(bar);
        ArgumentNullException.ThrowIfNull(scale);
        var segments = new List<BarSegment>();
        var running = 0m;
        for (var i = 0; i < bar.Values.Count; i++)
        {
            var v = Math.Max(0m, bar.Values[i]);
            if (v == 0m)
            {
                continue;
            }

            // Positions from the running sum, not by adding widths, so rounding never drifts.
            var start = scale.Length(running, length);
            running += v;
            segments.Add(new BarSegment(i, x0 + start, scale.Length(running, length) - start));
        }

        return segments;
    }
}
