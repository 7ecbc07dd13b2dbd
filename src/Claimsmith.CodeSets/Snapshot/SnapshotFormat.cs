namespace Claimsmith.CodeSets.Snapshot;

/// <summary>
/// The snapshot file: a header (magic, format version, section count, total length), a table
/// of sections (id, offset, length), the sections 8-byte aligned, and a closing magic. A file
/// whose length or closing magic does not match is treated as damaged and not loaded.
/// </summary>
internal static class SnapshotFormat
{
    public const int Version = 1;
    public const string FileName = "codesets.snapshot";
    public static ReadOnlySpan<byte> Magic => "CLMSNAP1"u8;
    public static ReadOnlySpan<byte> EndMagic => "CLMSEND1"u8;
    public const int HeaderSize = 24;
    public const int SectionEntrySize = 24;

    /// <summary>Postings pack a document id with a 4-bit field weight.</summary>
    public const int WeightBits = 4;
    public const int WeightMask = (1 << WeightBits) - 1;
}
