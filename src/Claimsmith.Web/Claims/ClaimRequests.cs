using Claimsmith.Billing;

namespace Claimsmith.Web.Claims;

/// <summary>Build a claim from an encounter; the coverage defaults to the primary one in effect on the date of service.</summary>
internal sealed record BuildClaimRequest(Guid? EncounterId, Guid? CoverageId);

/// <summary>Edit the claim-level fields a biller may change while the claim is a draft or rejected.</summary>
internal sealed record ClaimUpdateRequest(ClaimFrequency? Frequency, string? OriginalReferenceNumber, string? PriorAuthorization, long? Version);

/// <summary>Move a claim to another status.</summary>
internal sealed record TransitionRequest(ClaimStatus? To, string? Note, string? PayerClaimControlNumber, long? Version);

/// <summary>Mark a claim ready (runs the completeness checks).</summary>
internal sealed record ReadyRequest(long? Version);

/// <summary>A ledger posting: payment, adjustment, transfer or reversal.</summary>
internal sealed record PostingRequest(
    LedgerEntryKind? Kind, LedgerBucket? Bucket, LedgerBucket? ToBucket, decimal? Amount,
    string? Reference, string? ReasonCode, Guid? EntryId, string? Memo);

/// <summary>A row of the claim list.</summary>
internal sealed record ClaimSummary(
    Guid Id, string ClaimNumber, ClaimKind Kind, ClaimStatus Status, ClaimFrequency Frequency, Guid PatientId, string PatientName,
    string PayerName, DateOnly ServiceFrom, DateOnly ServiceTo, DateTimeOffset CreatedAt, long Version);

/// <summary>A claim's ledger and balance.</summary>
internal sealed record LedgerResponse(IReadOnlyList<LedgerEntry> Entries, decimal Insurance, decimal Patient, decimal Total);

/// <summary>Export an 837 batch: all Ready claims of the kind (at most 5,000) unless ids are named.</summary>
internal sealed record CreateBatchRequest(ClaimKind? Kind, IReadOnlyList<Guid>? ClaimIds);

/// <summary>A recorded 837 batch and where to download its file.</summary>
internal sealed record ClaimBatchSummary(
    Guid Id, long ControlNumber, ClaimKind Kind, ClaimBatchStatus Status, DateTimeOffset CreatedAt, string CreatedBy, int ClaimCount,
    string Sha256, string FileUrl, IReadOnlyList<Guid>? ClaimIds);
