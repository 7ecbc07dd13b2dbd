namespace Claimsmith.Billing;

/// <summary>
/// A quality review of one coder's charts for a client: an auditor re-codes a random sample
/// (<see cref="QualitySampler"/>: reproducible from <see cref="Seed"/>) of the charts the coder
/// coded between <see cref="From"/> and <see cref="To"/>, and accuracy is measured against the
/// auditor's codes (<see cref="QualityAccuracy"/>).
/// </summary>
public sealed class QualityReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    /// <summary>User name of the coder reviewed.</summary>
    public required string Coder { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    /// <summary>Charts asked for (fewer when the coder coded fewer).</summary>
    public int SampleSize { get; set; }
    /// <summary>Seed of the sample: the same seed and charts give the same sample.</summary>
    public long Seed { get; set; }
    /// <summary>User name of the auditor.</summary>
    public required string Auditor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<QualityReviewItem> Items { get; set; } = [];
}
