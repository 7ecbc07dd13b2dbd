namespace Claimsmith.Web.Workbench.Charts;

/// <summary>
/// A value axis from zero with "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten, the
/// usual choice of plotting libraries since Heckbert's "Nice numbers for graph labels"), and the
/// mapping of a value to a length along it.
/// </summary>
internal sealed record ChartScale(decimal Max, decimal Step)
{
    /// <summary>The ticks from zero to <see cref="Max"/>, both included.</summary>
    public IReadOnlyList<decimal> Ticks
    {
        get
        {
            var ticks = new List<decimal>();
            for (var t = 0m; t <= Max; t += Step)
            {
                ticks.Add(t);
            }

            return ticks;
        }
    }

    /// <summary>
    /// An axis from zero reaching at least <paramref name="largest"/> with about <paramref name="targetTicks"/>
    /// intervals; <paramref name="whole"/> for counts, whose ticks are whole numbers.
    /// </summary>
    public static ChartScale For(decimal largest, int targetTicks = 5, bool whole = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetTicks, 1);
        if (largest <= 0m)
        {
            return whole ? new ChartScale(1m, 1m) : new ChartScale(1m, 0.2m);
        }

        if (whole && largest <= targetTicks)
        {
            return new ChartScale(Math.Ceiling(largest), 1m);
        }

        var raw = (double)largest / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
        var step = (decimal)(nice * magnitude);
        var max = Math.Ceiling(largest / step) * step;
        return new ChartScale(max, step);
    }

    /// <summary>The length of <paramref name="value"/> on an axis <paramref name="length"/> long (negative values count as zero).</summary>
    public double Length(decimal value, double length) => value <= 0m ? 0 : (double)(Math.Min(value, Max) / Max) * length;
}
