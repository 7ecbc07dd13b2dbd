namespace Claimsmith.Billing;

/// <summary>
/// What a client sees of the work done for it in a period: counts, hours, turnaround and
/// accuracy only. It carries no patient, encounter or claim identifier by construction (every
/// member is a count, a rate, a date of the period or the organization's own name).
/// </summary>
public sealed record ClientReport
{
    public required string ClientName { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public required IReadOnlyList<ChartTypeProductivity> ChartsByType { get; init; }
    public required int ChartsCoded { get; init; }
    public required decimal Hours { get; init; }
    public required decimal? AverageTurnaroundHours { get; init; }
    public required decimal? MedianTurnaroundHours { get; init; }
    public required int ChartsSecondLevelReviewed { get; init; }
    public required int CodesChangedByReview { get; init; }
    public required int ChartsAudited { get; init; }
    public required decimal? CodeAccuracy { get; init; }
    public required decimal? ChartAccuracy { get; init; }
    public required bool? MeetsStandard { get; init; }
}
