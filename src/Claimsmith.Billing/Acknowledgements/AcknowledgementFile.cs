namespace Claimsmith.Billing;

/// <summary>
/// A 999 or 277CA file as received, kept for history: its hash (the idempotency key: the
/// same bytes are applied once), kind, control number, when and by whom, and what it said
/// about each transaction set or claim (<see cref="Results"/>). The bytes themselves are not
/// kept: a 277CA names patients, and the results hold everything the work needs.
/// </summary>
public sealed class AcknowledgementFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public AcknowledgementKind Kind { get; set; }
    /// <summary>Lower-case hex SHA-256 of the file as received; unique.</summary>
    public required string Sha256 { get; set; }
    /// <summary>Interchange control number (ISA13) of the file, when it could be read.</summary>
    public string? ControlNumber { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public required string ReceivedBy { get; set; }
    /// <summary>Number of <see cref="Results"/> (lets the access filter show a file only when every result is visible).</summary>
    public int ResultCount { get; set; }
    public List<AcknowledgementResult> Results { get; set; } = [];
}
