namespace Claimsmith.X12.Acknowledgments;

/// <summary>IK3 (+ CTX, IK4): an error in one segment of an acknowledged transaction set.</summary>
public sealed class SegmentError999
{
    /// <summary>IK301 segment id.</summary>
    public required string SegmentId { get; set; }
    /// <summary>IK302 position of the segment counted from ST = 1.</summary>
    public int Position { get; set; }
    /// <summary>IK303 loop identifier, when known.</summary>
    public string? LoopId { get; set; }
    /// <summary>IK304: 1 unrecognized segment, 2 unexpected, 3 required missing, 4 loop over max, 5 segment over max use, 6 not in transaction, 7 out of sequence, 8 has data element errors, I4 not used present, I6 implementation dependent missing, I7 loop under minimum, I8 segment under minimum, I9 implementation dependent not used present.</summary>
    public string? ErrorCode { get; set; }
    /// <summary>CTX segments as written (business unit identifier, situational trigger).</summary>
    public List<string> Contexts { get; } = [];
    /// <summary>IK4 element errors.</summary>
    public List<ElementError999> ElementErrors { get; } = [];
}
