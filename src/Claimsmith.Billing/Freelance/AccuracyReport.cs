namespace Claimsmith.Billing;

/// <summary>
/// Coding accuracy against a reviewer. Code accuracy is the codes both reported over every code
/// either reported (a missed code and a wrong code each count once against it); chart accuracy
/// is the share of charts with exactly the reviewer's codes.
/// </summary>
public sealed record AccuracyReport
{
    public required int ChartsReviewed { get; init; }
    public required int ChartsCorrect { get; init; }
    /// <summary>Charts correct / charts reviewed (1 when none reviewed is not claimed: 0).</summary>
    public required decimal ChartAccuracy { get; init; }
    public required int CodesAgreed { get; init; }
    /// <summary>Codes either side reported, per chart, summed.</summary>
    public required int CodesTotal { get; init; }
    public required decimal CodeAccuracy { get; init; }
    /// <summary>True when <see cref="CodeAccuracy"/> reaches <see cref="QualityAccuracy.Standard"/>.</summary>
    public required bool MeetsStandard { get; init; }
    public required IReadOnlyList<CodeAccuracy> PerCode { get; init; }
    public required IReadOnlyList<CodeDifference> Differences { get; init; }
}
