namespace Claimsmith.Data;

/// <summary>
/// A coder's output in a period: charts first coded (coder level, the first coding of each
/// encounter, as <see cref="Billing.Productivity"/> counts them), per week, and the time worked
/// (captured from the screens' activity with the default idle pause, plus effective time entered by hand).
/// </summary>
/// <param name="Coder">User name.</param>
/// <param name="Charts">Charts first coded in the period.</param>
/// <param name="ChartsPerWeek">Charts per week of <see cref="DashboardQueries.Weeks"/>, in order.</param>
/// <param name="CapturedSeconds">Seconds of captured work time in the period.</param>
/// <param name="EnteredMinutes">Minutes of effective hand-entered time dated in the period.</param>
public sealed record CoderProductivity(string Coder, int Charts, IReadOnlyList<int> ChartsPerWeek, long CapturedSeconds, long EnteredMinutes)
{
    /// <summary>Hours worked, two places.</summary>
    public decimal Hours => decimal.Round((CapturedSeconds + (EnteredMinutes * 60m)) / 3600m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Charts per hour worked, two places; null without recorded time.</summary>
    public decimal? ChartsPerHour => Hours <= 0m ? null : decimal.Round(Charts / Hours, 2, MidpointRounding.AwayFromZero);
}
