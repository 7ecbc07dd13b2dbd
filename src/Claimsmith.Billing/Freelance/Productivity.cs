using Claimsmith.Coding.Decisions;

namespace Claimsmith.Billing;

/// <summary>
/// Productivity from the recorded work: charts coded per hour by chart type (captured time on the
/// chart's encounter), the acceptance rate of computer-assisted suggestions (the latest decision
/// per document and suggested code, as <see cref="DecisionMetrics"/> counts), codes changed by
/// second-level review, and turnaround from document arrival to coded.
/// </summary>
public static class Productivity
{
    /// <summary>Computes the report.</summary>
    /// <param name="charts">Coder-level <see cref="CodedChart"/> records in the period (the first per encounter counts).</param>
    /// <param name="reviews">Second-level review records of those encounters (the latest per encounter counts).</param>
    /// <param name="intervals">Captured work intervals in the period.</param>
    /// <param name="manualSeconds">Time entered by hand (effective entries), seconds.</param>
    /// <param name="decisions">The coder's decisions on suggestions in the period.</param>
    public static ProductivityReport Compute(IEnumerable<CodedChart> charts, IEnumerable<CodedChart> reviews, IEnumerable<WorkInterval> intervals, long manualSeconds, IEnumerable<CodingDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentNullException.ThrowIfNull(decisions);
        var coded = charts.Where(c => c.Level == CodingLevel.Coder)
            .GroupBy(c => c.EncounterId).Select(g => g.OrderBy(c => c.CodedAt).First()).ToList();
        var typeOf = coded.ToDictionary(c => c.EncounterId, c => c.ChartType);
        var allIntervals = intervals.ToList();
        var secondsByType = allIntervals.Where(i => i.EncounterId is { } e && typeOf.ContainsKey(e))
            .GroupBy(i => typeOf[i.EncounterId!.Value]).ToDictionary(g => g.Key, g => (long)g.Sum(i => i.Duration.TotalSeconds));
        var byType = Enum.GetValues<ChartType>().Select(t =>
        {
            var n = coded.Count(c => c.ChartType == t);
            var hours = InvoiceCalculator.Round(secondsByType.GetValueOrDefault(t) / 3600m);
            return new ChartTypeProductivity(t, n, hours, PerHour(n, secondsByType.GetValueOrDefault(t)));
        }).Where(p => p.Charts > 0 || p.Hours > 0).ToList();

        var latestDecisions = decisions.Where(d => d.Kind != DecisionKind.Added)
            .GroupBy(d => (d.DocumentId, CodeLists.Normalize(d.SuggestedCode)))
            .Select(g => g.OrderBy(d => d.DecidedAt).Last()).ToList();
        var accepted = latestDecisions.Count(d => d.Kind == DecisionKind.Accepted);

        var reviewByEncounter = reviews.Where(r => r.Level == CodingLevel.SecondLevelReview)
            .GroupBy(r => r.EncounterId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.CodedAt).Last());
        int reviewed = 0, chartsChanged = 0, codesChanged = 0;
        foreach (var chart in coded)
        {
            if (!reviewByEncounter.TryGetValue(chart.EncounterId, out var review))
            {
                continue;
            }

            reviewed++;
            var mine = chart.CodeSet;
            var theirs = review.CodeSet;
            var changed = mine.Except(theirs).Count() + theirs.Except(mine).Count();
            codesChanged += changed;
            chartsChanged += changed > 0 ? 1 : 0;
        }

        var turnaround = coded.Where(c => c.DocumentArrivedAt is not null && c.CodedAt >= c.DocumentArrivedAt)
            .Select(c => (decimal)(c.CodedAt - c.DocumentArrivedAt!.Value).TotalHours).Order().ToList();
        var chartSeconds = secondsByType.Values.Sum();
        var totalSeconds = (long)allIntervals.Sum(i => i.Duration.TotalSeconds) + manualSeconds;
        return new ProductivityReport
        {
            ByChartType = byType,
            ChartsCoded = coded.Count,
            Hours = InvoiceCalculator.Round(totalSeconds / 3600m),
            ChartsPerHour = PerHour(coded.Count(c => secondsByType.ContainsKey(c.ChartType)), chartSeconds),
            SuggestionsDecided = latestDecisions.Count,
            SuggestionsAccepted = accepted,
            AcceptanceRate = latestDecisions.Count == 0 ? null : InvoiceCalculator.Round((decimal)accepted / latestDecisions.Count, 4),
            ChartsSecondLevelReviewed = reviewed,
            ChartsChangedByReview = chartsChanged,
            CodesChangedByReview = codesChanged,
            AverageTurnaroundHours = turnaround.Count == 0 ? null : InvoiceCalculator.Round(turnaround.Average()),
            MedianTurnaroundHours = turnaround.Count == 0 ? null : InvoiceCalculator.Round(Median(turnaround)),
        };
    }

    private static decimal? PerHour(int charts, long seconds) => seconds <= 0 ? null : InvoiceCalculator.Round(charts / (seconds / 3600m));

    private static decimal Median(List<decimal> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2m;
}
