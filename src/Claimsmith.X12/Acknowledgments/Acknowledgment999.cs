using Claimsmith.X12.Envelope;

namespace Claimsmith.X12.Acknowledgments;

/// <summary>
/// A 999 implementation acknowledgment (005010X231A1) for one functional group: AK1, one
/// <see cref="TransactionResponse999"/> per transaction set, AK9.
/// </summary>
public sealed class Acknowledgment999
{
    /// <summary>ST02 of the 999 itself.</summary>
    public string? ControlNumber { get; set; }
    /// <summary>AK101 functional identifier of the acknowledged group (HC for 837).</summary>
    public required string FunctionalId { get; set; }
    /// <summary>AK102 GS06 of the acknowledged group.</summary>
    public required string GroupControlNumber { get; set; }
    /// <summary>AK103 GS08 of the acknowledged group.</summary>
    public string? Version { get; set; }
    /// <summary>AK2 loops.</summary>
    public List<TransactionResponse999> Transactions { get; } = [];
    /// <summary>AK901: A accepted, E accepted with errors, P partially accepted, R rejected, M, W, X.</summary>
    public string GroupStatus { get; set; } = "A";
    /// <summary>AK902 number of transaction sets included (GE01).</summary>
    public int IncludedCount { get; set; }
    /// <summary>AK903 number received.</summary>
    public int ReceivedCount { get; set; }
    /// <summary>AK904 number accepted.</summary>
    public int AcceptedCount { get; set; }
    /// <summary>AK905-909 group error codes: 1 not supported, 2 version not supported, 3 trailer missing, 4 GS06/GE02 mismatch, 5 count mismatch, ...</summary>
    public List<string> GroupErrorCodes { get; } = [];
    /// <summary>The envelope it was read from.</summary>
    public X12TransactionHeader? Envelope { get; set; }
}
