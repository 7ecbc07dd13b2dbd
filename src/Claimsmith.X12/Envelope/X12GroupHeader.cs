using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Envelope;

/// <summary>The GS segment's values (functional group header).</summary>
public sealed record X12GroupHeader
{
    /// <summary>GS01 functional identifier: HC 837, HP 835, FA 999, HN 277, HS 270, HB 271, HR 276.</summary>
    public required string FunctionalId { get; init; }
    /// <summary>GS02 application sender code.</summary>
    public required string SenderCode { get; init; }
    /// <summary>GS03 application receiver code.</summary>
    public required string ReceiverCode { get; init; }
    /// <summary>GS04 date CCYYMMDD.</summary>
    public required string Date { get; init; }
    /// <summary>GS05 time HHMM[SS[D..]].</summary>
    public required string Time { get; init; }
    /// <summary>GS06 group control number.</summary>
    public required string ControlNumber { get; init; }
    /// <summary>GS07 responsible agency code, X.</summary>
    public string Agency { get; init; } = "X";
    /// <summary>GS08 version / release / industry identifier, e.g. 005010X222A1.</summary>
    public required string Version { get; init; }

    /// <summary>Reads the header from a GS segment view.</summary>
    public static X12GroupHeader FromSegment(X12SegmentView gs) => new()
    {
        FunctionalId = gs.GetString(1) ?? string.Empty,
        SenderCode = gs.GetString(2) ?? string.Empty,
        ReceiverCode = gs.GetString(3) ?? string.Empty,
        Date = gs.GetString(4) ?? string.Empty,
        Time = gs.GetString(5) ?? string.Empty,
        ControlNumber = gs.GetString(6) ?? string.Empty,
        Agency = gs.GetString(7) ?? string.Empty,
        Version = gs.GetString(8) ?? string.Empty,
    };
}
