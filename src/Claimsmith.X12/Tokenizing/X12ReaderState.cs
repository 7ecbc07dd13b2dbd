namespace Claimsmith.X12.Tokenizing;

/// <summary>
/// What an <see cref="X12Reader"/> needs to continue where a previous one stopped, in the manner
/// of <c>JsonReaderState</c>: pass <see cref="X12Reader.CurrentState"/> to the reader of the next block.
/// </summary>
public readonly struct X12ReaderState
{
    internal X12ReaderState(X12Delimiters delimiters, bool hasDelimiters, bool started, long segmentsRead, long bytesBefore, X12ReaderOptions? options)
    {
        Delimiters = delimiters;
        HasDelimiters = hasDelimiters;
        Started = started;
        SegmentsRead = segmentsRead;
        BytesBefore = bytesBefore;
        OptionsOrNull = options;
    }

    /// <summary>A state for the start of a new input with the given bounds.</summary>
    public X12ReaderState(X12ReaderOptions options)
        : this(default, false, false, 0, 0, options ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>The separators of the current interchange (valid once <see cref="HasDelimiters"/>).</summary>
    public X12Delimiters Delimiters { get; }

    /// <summary>Whether an ISA has been read.</summary>
    public bool HasDelimiters { get; }

    /// <summary>Whether any byte has been consumed (the byte-order mark is only skipped at the start).</summary>
    public bool Started { get; }

    /// <summary>Segments read so far in the whole input.</summary>
    public long SegmentsRead { get; }

    /// <summary>Bytes consumed by earlier readers (so positions are absolute in the input).</summary>
    public long BytesBefore { get; }

    internal X12ReaderOptions? OptionsOrNull { get; }

    /// <summary>The bounds in force.</summary>
    public X12ReaderOptions Options => OptionsOrNull ?? X12ReaderOptions.Default;
}
