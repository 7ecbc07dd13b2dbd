namespace Claimsmith.Billing;

/// <summary>A coder's (or a client's team's) productivity over a period: counts and rates only, no chart identifiers.</summary>
public sealed record ProductivityReport
{
    public required IReadOnlyList<ChartTypeProductivity> ByChartType { get; init; }
    public required int ChartsCoded { get; init; }
    /// <summary>Captured plus manual hours (to the hundredth).</summary>
    public required decimal Hours { get; init; }
    /// <summary>Charts coded per captured hour on charts, all types (null without captured chart time).</summary>
    public required decimal? ChartsPerHour { get; init; }
    /// <summary>Suggestions decided (latest decision per document and suggested code; added codes excluded).</summary>
    public required int SuggestionsDecided { get; init; }
    public required int SuggestionsAccepted { get; init; }
    /// <summary>Accepted / decided, four decimals (null when none decided).</summary>
    public required decimal? AcceptanceRate { get; init; }
    /// <summary>Charts that went through second-level review.</summary>
    public required int ChartsSecondLevelReviewed { get; init; }
    /// <summary>Reviewed charts whose codes the reviewer changed.</summary>
    public required int ChartsChangedByReview { get; init; }
    /// <summary>Codes the reviewer added or removed, over all reviewed charts.</summary>
    public required int CodesChangedByReview { get; init; }
    /// <summary>Turnaround from the first document's arrival to coded, in hours (two decimals); null without data.</summary>
    public required decimal? AverageTurnaroundHours { get; init; }
    public required decimal? MedianTurnaroundHours { get; init; }
}
