using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Envelope;

/// <summary>The ISA segment's values (X12.5 interchange control header), kept as written.</summary>
public sealed record X12InterchangeHeader
{
    /// <summary>ISA01 authorization information qualifier.</summary>
    public string AuthorizationQualifier { get; init; } = "00";
    /// <summary>ISA02 authorization information (10 characters, space padded).</summary>
    public string Authorization { get; init; } = string.Empty;
    /// <summary>ISA03 security information qualifier.</summary>
    public string SecurityQualifier { get; init; } = "00";
    /// <summary>ISA04 security information.</summary>
    public string Security { get; init; } = string.Empty;
    /// <summary>ISA05 sender id qualifier, e.g. ZZ.</summary>
    public string SenderQualifier { get; init; } = "ZZ";
    /// <summary>ISA06 sender id (15 characters, space padded on output).</summary>
    public required string SenderId { get; init; }
    /// <summary>ISA07 receiver id qualifier.</summary>
    public string ReceiverQualifier { get; init; } = "ZZ";
    /// <summary>ISA08 receiver id.</summary>
    public required string ReceiverId { get; init; }
    /// <summary>ISA09 date YYMMDD.</summary>
    public required string Date { get; init; }
    /// <summary>ISA10 time HHMM.</summary>
    public required string Time { get; init; }
    /// <summary>ISA12 version, 00501 for 5010.</summary>
    public string Version { get; init; } = "00501";
    /// <summary>ISA13 control number, 9 digits.</summary>
    public required string ControlNumber { get; init; }
    /// <summary>ISA14 acknowledgment requested (0/1).</summary>
    public string AcknowledgmentRequested { get; init; } = "0";
    /// <summary>ISA15 usage indicator: P production, T test.</summary>
    public string UsageIndicator { get; init; } = "P";

    /// <summary>Reads the header from an ISA segment view.</summary>
    public static X12InterchangeHeader FromSegment(X12SegmentView isa) => new()
    {
        AuthorizationQualifier = Trim(isa, 1),
        Authorization = Trim(isa, 2),
        SecurityQualifier = Trim(isa, 3),
        Security = Trim(isa, 4),
        SenderQualifier = Trim(isa, 5),
        SenderId = Trim(isa, 6),
        ReceiverQualifier = Trim(isa, 7),
        ReceiverId = Trim(isa, 8),
        Date = Trim(isa, 9),
        Time = Trim(isa, 10),
        Version = Trim(isa, 12),
        ControlNumber = Trim(isa, 13),
        AcknowledgmentRequested = Trim(isa, 14),
        UsageIndicator = Trim(isa, 15),
    };

    private static string Trim(X12SegmentView isa, int position) => (isa.GetString(position) ?? string.Empty).TrimEnd();
}
