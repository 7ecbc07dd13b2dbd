using System.Security.Cryptography;

namespace Claimsmith.Billing;

/// <summary>
/// One 837 interchange that Claimsmith released: its control number (ISA13/GS06), the claims
/// it carries and the exact bytes, kept so the file can be downloaded again and matched to the
/// payer's 999/277CA acknowledgments. Recorded in the same transaction that moves its claims
/// from Ready to Submitted, so a claim is never Submitted without the batch that sent it.
/// </summary>
public sealed class ClaimBatch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Interchange control number (ISA13), also GS06.</summary>
    public long ControlNumber { get; set; }
    public ClaimKind Kind { get; set; }
    public ClaimBatchStatus Status { get; set; } = ClaimBatchStatus.Created;
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    /// <summary>Number of claims (CLM segments) in the file.</summary>
    public int ClaimCount { get; set; }
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>, to prove the stored file is the one sent.</summary>
    public required string Sha256 { get; set; }
    /// <summary>The interchange, ISA to IEA, exactly as released.</summary>
    public required byte[] Content { get; set; }
    /// <summary>File name for downloads, e.g. <c>837p-000000042.x12</c>.</summary>
    public string FileName => $"{(Kind == ClaimKind.Institutional ? "837i" : "837p")}-{ControlNumber:D9}.x12";
    public List<ClaimBatchClaim> Claims { get; set; } = [];

    /// <summary>Creates the batch record for released bytes.</summary>
    public static ClaimBatch Create(long controlNumber, ClaimKind kind, byte[] content, IEnumerable<Guid> claimIds, string actor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(claimIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(clock);
        var batch = new ClaimBatch
        {
            ControlNumber = controlNumber,
            Kind = kind,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
        };
        batch.Claims.AddRange(claimIds.Select(id => new ClaimBatchClaim { BatchId = batch.Id, ClaimId = id }));
        batch.ClaimCount = batch.Claims.Count;
        return batch;
    }
}
