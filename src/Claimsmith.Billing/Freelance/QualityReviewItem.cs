namespace Claimsmith.Billing;

/// <summary>
/// One sampled chart of a <see cref="QualityReview"/>: the coder's codes (copied when sampled) and
/// the auditor's, once re-coded. A re-coding is final: correcting it means a new review.
/// </summary>
public sealed class QualityReviewItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReviewId { get; set; }
    public Guid EncounterId { get; set; }
    public ChartType ChartType { get; set; }
    /// <summary>The coder's codes, dotless, comma-separated.</summary>
    public string CoderCodes { get; set; } = "";
    /// <summary>The auditor's codes; null until re-coded.</summary>
    public string? AuditorCodes { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
}
