namespace Claimsmith.X12.Tokenizing;

/// <summary>
/// Bounds on everything the input controls. A file that exceeds one is reported, never read
/// into unbounded memory.
/// </summary>
public sealed record X12ReaderOptions
{
    /// <summary>Defaults that fit every real 5010 transaction with a wide margin.</summary>
    public static X12ReaderOptions Default { get; } = new();

    /// <summary>Longest segment accepted, terminator excluded (the longest 5010 segment is well under 2 KB).</summary>
    public int MaxSegmentLength { get; init; } = 16 * 1024;

    /// <summary>Most elements in one segment (no 5010 segment has more than 30).</summary>
    public int MaxElements { get; init; } = 64;

    /// <summary>Most repeats of one element (the guides allow at most 12, HI has 12 elements not repeats).</summary>
    public int MaxRepetitions { get; init; } = 99;

    /// <summary>Deepest nesting of HL levels and loops the structural readers follow.</summary>
    public int MaxLoopDepth { get; init; } = 32;
}
