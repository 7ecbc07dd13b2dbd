namespace Claimsmith.Billing;

/// <summary>One difference on one chart, for feedback to the coder.</summary>
/// <param name="EncounterId">The chart.</param>
/// <param name="Kind">Missed, extra, or changed within a category.</param>
/// <param name="CoderCode">The coder's code (null when missed).</param>
/// <param name="ReviewerCode">The reviewer's code (null when extra).</param>
public sealed record CodeDifference(Guid EncounterId, CodeDifferenceKind Kind, string? CoderCode, string? ReviewerCode);
