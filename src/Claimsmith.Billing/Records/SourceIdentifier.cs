namespace Claimsmith.Billing;

/// <summary>
/// An identifier a source system gave one of our records (a FHIR resource id or identifier, an
/// HL7 PID-3 medical record number, a PV1-19 visit number, a filler order number). Imports look
/// records up by these so that the same bundle or message imported twice updates instead of
/// duplicating. Like account numbers they are the sources' keys for lookup and stay in clear.
/// </summary>
public sealed class SourceIdentifier
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    /// <summary>The kind of record, e.g. <c>Patient</c>, <c>Encounter</c>, <c>ClinicalObservation</c>.</summary>
    public required string RecordType { get; set; }
    /// <summary>The identifier's namespace (FHIR identifier system, resource URL, HL7 assigning authority).</summary>
    public required string System { get; set; }
    public required string Value { get; set; }
    public Guid RecordId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
