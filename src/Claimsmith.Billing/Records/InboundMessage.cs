namespace Claimsmith.Billing;

/// <summary>
/// A message received from an EHR, kept with what happened to it so nothing is dropped silently:
/// a malformed HL7 message gets an AE/AR acknowledgement and waits here for review.
/// </summary>
public sealed class InboundMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public InboundFormat Format { get; set; }
    /// <summary>E.g. <c>ADT^A04</c>, <c>ORU^R01</c>, <c>Bundle</c>.</summary>
    public string? MessageType { get; set; }
    /// <summary>MSH-10 message control id, or the bundle id.</summary>
    public string? ControlId { get; set; }
    public InboundOutcome Outcome { get; set; }
    /// <summary>The issues, one per line (code, location, message); null when accepted cleanly.</summary>
    public string? Error { get; set; }
    /// <summary>The message as received. PHI: encrypted at rest.</summary>
    public required string Content { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>Where it came from: a file path, <c>mllp://host:port</c>, or the API.</summary>
    public string? Origin { get; set; }
}
