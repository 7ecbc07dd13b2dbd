namespace Claimsmith.Data.Audit;

/// <summary>
/// One entry of the append-only, hash-chained audit log (HIPAA 164.312(b) audit controls): who did
/// what to which records of which organization, when, from where, and with what outcome. Rows are
/// never updated or deleted (database triggers refuse it); <see cref="Hash"/> covers the entry and
/// <see cref="PreviousHash"/>, so an altered, inserted or removed entry breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1, 2, 3, ... without gaps.</summary>
    public long Sequence { get; set; }
    /// <summary>When, from the host's TimeProvider, truncated to whole milliseconds (UTC).</summary>
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public Guid? OrganizationId { get; set; }
    /// <summary>What was done, e.g. <c>patient.read</c>, <c>claim.create</c>, <c>access.denied</c>.</summary>
    public required string Action { get; set; }
    /// <summary>The kind of record, e.g. <c>Patient</c>, <c>Claim</c>.</summary>
    public string? RecordType { get; set; }
    /// <summary>The records touched, comma-separated ids.</summary>
    public string? RecordIds { get; set; }
    public string? ClientAddress { get; set; }
    public AuditOutcome Outcome { get; set; }
    /// <summary>The request (method and route) and status, or another short description.</summary>
    public string? Detail { get; set; }
    /// <summary>Lower-case hex SHA-256 of the entry before (64 zeros for the first).</summary>
    public required string PreviousHash { get; set; }
    /// <summary>Lower-case hex SHA-256 over <see cref="AuditHash.Canonical"/> of this entry and <see cref="PreviousHash"/>.</summary>
    public required string Hash { get; set; }
}
