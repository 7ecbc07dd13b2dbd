namespace Claimsmith.Data.Audit;

/// <summary>What to record; <see cref="AuditLog.AppendAsync"/> adds the sequence, time and hashes.</summary>
public sealed record AuditRecord(
    string Action,
    AuditOutcome Outcome,
    string? UserId = null,
    string? UserName = null,
    Guid? OrganizationId = null,
    string? RecordType = null,
    IReadOnlyCollection<string>? RecordIds = null,
    string? ClientAddress = null,
    string? Detail = null);
