namespace Claimsmith.X12.Tokenizing;

/// <summary>Why the tokenizer stopped before the end of its input.</summary>
public enum X12ReaderError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The input does not start with an ISA segment.</summary>
    MissingIsa,

    /// <summary>The ISA segment is shorter than its fixed 106 bytes or its separators are not where the standard puts them.</summary>
    MalformedIsa,

    /// <summary>The input ends in the middle of a segment (no segment terminator).</summary>
    TruncatedSegment,

    /// <summary>A segment is longer than <see cref="X12ReaderOptions.MaxSegmentLength"/>.</summary>
    SegmentTooLong,

    /// <summary>A segment has more elements than <see cref="X12ReaderOptions.MaxElements"/>.</summary>
    TooManyElements,
}
