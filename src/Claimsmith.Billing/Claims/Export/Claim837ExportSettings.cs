namespace Claimsmith.Billing.Claims.Export;

/// <summary>
/// Who sends an 837 batch and to whom: the submitter (loop 1000A) and receiver (1000B) as the
/// clearinghouse or payer enrolled them, and the interchange sender/receiver IDs (ISA06/ISA08).
/// </summary>
public sealed record Claim837ExportSettings
{
    /// <summary>Submitter name (1000A NM103), usually the billing organization or service.</summary>
    public required string SubmitterName { get; init; }

    /// <summary>Submitter's electronic transmitter ID as assigned by the receiver (1000A NM109).</summary>
    public required string SubmitterId { get; init; }

    /// <summary>Submitter contact name (1000A PER02).</summary>
    public required string ContactName { get; init; }

    /// <summary>Submitter contact telephone, digits only (1000A PER04).</summary>
    public required string ContactPhone { get; init; }

    /// <summary>Receiver name (1000B NM103): the clearinghouse or payer.</summary>
    public required string ReceiverName { get; init; }

    /// <summary>Receiver's ID (1000B NM109).</summary>
    public required string ReceiverId { get; init; }

    /// <summary>Interchange sender ID (ISA06, at most 15 characters); the submitter ID when not set.</summary>
    public string? InterchangeSenderId { get; init; }

    /// <summary>Interchange receiver ID (ISA08, at most 15 characters); the receiver ID when not set.</summary>
    public string? InterchangeReceiverId { get; init; }

    /// <summary>ISA15: P for production, T for test.</summary>
    public string UsageIndicator { get; init; } = "P";

    /// <summary>Synthetic settings for demonstrations and tests (no real enrolment).</summary>
    public static Claim837ExportSettings Demo { get; } = new()
    {
        SubmitterName = "CLAIMSMITH BILLING",
        SubmitterId = "CLAIMSMITH01",
        ContactName = "BILLING OFFICE",
        ContactPhone = "5555550100",
        ReceiverName = "DEMO CLEARINGHOUSE",
        ReceiverId = "DEMOCH",
        UsageIndicator = "T",
    };

    /// <summary>
    /// The ISA and GS headers of an interchange from this submitter: ISA06/08 are the interchange
    /// ids (falling back to the submitter and receiver ids, cut to the 15 characters ISA allows),
    /// ISA13 and GS06 the same control number.
    /// </summary>
    internal (X12.Envelope.X12InterchangeHeader Isa, X12.Envelope.X12GroupHeader Gs) Envelope(
        DateTimeOffset now, string controlNumber, string functionalId, string version) =>
        (new X12.Envelope.X12InterchangeHeader
        {
            SenderId = Cut(InterchangeSenderId ?? SubmitterId),
            ReceiverId = Cut(InterchangeReceiverId ?? ReceiverId),
            Date = now.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            Time = now.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture),
            ControlNumber = controlNumber,
            UsageIndicator = UsageIndicator,
        },
        new X12.Envelope.X12GroupHeader
        {
            FunctionalId = functionalId,
            SenderCode = SubmitterId,
            ReceiverCode = ReceiverId,
            Date = now.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            Time = now.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture),
            ControlNumber = controlNumber,
            Version = version,
        });

    private static string Cut(string id) => id.Length <= 15 ? id : id[..15];
}
