namespace Claimsmith.Web.Audit;

/// <summary>Marks an endpoint as touching <see cref="RecordType"/> records; actions start with <see cref="ActionPrefix"/>.</summary>
internal sealed record AuditedMetadata(string RecordType, string ActionPrefix);

/// <summary>An explicit action name for one endpoint, instead of the one derived from its route.</summary>
internal sealed record AuditActionMetadata(string Action);
