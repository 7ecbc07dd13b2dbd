namespace Claimsmith.Data.Audit;

/// <summary>Criteria for <see cref="AuditLog.Search"/>; null means any.</summary>
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? User = null,
    string? Action = null,
    Guid? OrganizationId = null,
    string? RecordId = null,
    AuditOutcome? Outcome = null);
