namespace Claimsmith.X12.Acknowledgments;

/// <summary>Loop 2000 (AK2 ... IK5): the verdict on one transaction set.</summary>
public sealed class TransactionResponse999
{
    /// <summary>AK201 transaction set id, e.g. 837.</summary>
    public required string TransactionSetId { get; set; }
    /// <summary>AK202 control number (ST02 of the acknowledged set).</summary>
    public required string ControlNumber { get; set; }
    /// <summary>AK203 implementation convention reference.</summary>
    public string? ImplementationReference { get; set; }
    /// <summary>IK3/IK4 errors.</summary>
    public List<SegmentError999> SegmentErrors { get; } = [];
    /// <summary>IK501: A accepted, E accepted with errors, M rejected (MAC failed), R rejected, W rejected (assurance failed), X rejected (content could not be analysed).</summary>
    public string Status { get; set; } = "A";
    /// <summary>IK502-506 syntax error codes: 1 not supported, 2 trailer missing, 3 control number mismatch, 4 segment count wrong, 5 segments in error, ...</summary>
    public List<string> ErrorCodes { get; } = [];

    /// <summary>Whether IK501 accepts the set (A or E).</summary>
    public bool IsAccepted => Status is "A" or "E";
}
