using System.Buffers;

namespace Claimsmith.X12.Tokenizing;

/// <summary>
/// A forward-only, allocation-free tokenizer of X12 segments over bytes, in the manner of
/// <c>Utf8JsonReader</c>: construct it over a block with <c>isFinalBlock</c> and a state, call
/// <see cref="Read"/> until it returns false, then either the input is done, or
/// <see cref="NeedsMoreData"/> says to call again with the unread bytes (from
/// <see cref="BytesConsumed"/>) followed by more, passing <see cref="CurrentState"/>.
/// </summary>
/// <remarks>
/// Delimiters come from the fixed-width ISA (X12.5 and every 5010 guide, appendix B). A UTF-8
/// byte-order mark at the start and CR, LF, tab or space between segments are tolerated, as
/// many senders wrap lines after the terminator. Errors stop the reader and are reported in
/// <see cref="Error"/>; the reader never throws for bad input.
/// </remarks>
public ref struct X12Reader
{
    private const int IsaLength = 106;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private readonly ReadOnlySpan<byte> _buffer;
    private readonly bool _isFinalBlock;
    private readonly X12ReaderOptions _options;
    private X12Delimiters _delimiters;
    private bool _hasDelimiters;
    private bool _started;
    private long _segmentsRead;
    private readonly long _bytesBefore;
    private int _consumed;
    private int _segmentStart;
    private int _segmentLength;

    /// <summary>Reads <paramref name="data"/>, the first or next block of an input.</summary>
    public X12Reader(ReadOnlySpan<byte> data, bool isFinalBlock, X12ReaderState state)
    {
        _buffer = data;
        _isFinalBlock = isFinalBlock;
        _options = state.Options;
        _delimiters = state.Delimiters;
        _hasDelimiters = state.HasDelimiters;
        _started = state.Started;
        _segmentsRead = state.SegmentsRead;
        _bytesBefore = state.BytesBefore;
    }

    /// <summary>Reads a whole input held in memory with default bounds.</summary>
    public X12Reader(ReadOnlySpan<byte> data)
        : this(data, true, new X12ReaderState(X12ReaderOptions.Default))
    {
    }

    /// <summary>
    /// Reads a sequence. A single-segment sequence is read in place; a multi-segment one is
    /// gathered into one array first (callers that stream should prefer <see cref="X12SegmentReader"/>,
    /// which keeps a pooled window instead).
    /// </summary>
    public X12Reader(ReadOnlySequence<byte> data, bool isFinalBlock, X12ReaderState state)
        : this(data.IsSingleSegment ? data.FirstSpan : data.ToArray(), isFinalBlock, state)
    {
    }

    /// <summary>The separators of the current interchange.</summary>
    public readonly X12Delimiters Delimiters => _delimiters;

    /// <summary>Bytes of this block fully consumed (segments read plus skipped whitespace).</summary>
    public readonly int BytesConsumed => _consumed;

    /// <summary>Absolute offset of the current segment's first byte in the whole input.</summary>
    public readonly long SegmentOffset => _bytesBefore + _segmentStart;

    /// <summary>1-based number of the current segment in the whole input.</summary>
    public readonly long SegmentNumber => _segmentsRead;

    /// <summary>Why reading stopped, when it stopped on bad input.</summary>
    public X12ReaderError Error { get; private set; }

    /// <summary>True when <see cref="Read"/> returned false only because the block ended mid-segment.</summary>
    public bool NeedsMoreData { get; private set; }

    /// <summary>The current segment (valid after <see cref="Read"/> returned true).</summary>
    public readonly X12SegmentView Segment => new(_buffer.Slice(_segmentStart, _segmentLength), _delimiters);

    /// <summary>The raw bytes of the current segment, terminator excluded.</summary>
    public readonly ReadOnlySpan<byte> SegmentSpan => _buffer.Slice(_segmentStart, _segmentLength);

    /// <summary>The state to hand to the reader of the next block.</summary>
    public readonly X12ReaderState CurrentState =>
        new(_delimiters, _hasDelimiters, _started, _segmentsRead, _bytesBefore + _consumed, _options);

    /// <summary>Advances to the next segment. False at the end of input, on error, or when more data is needed.</summary>
    public bool Read()
    {
        NeedsMoreData = false;
        if (Error != X12ReaderError.None)
        {
            return false;
        }

        var rest = _buffer[_consumed..];
        if (!_started)
        {
            if (rest.Length < 3 && !_isFinalBlock && Bom.StartsWith(rest))
            {
                NeedsMoreData = true;
                return false;
            }

            if (rest.StartsWith(Bom))
            {
                _consumed += 3;
                rest = rest[3..];
            }

            _started = true;
        }

        var skip = SkipWhitespace(rest);
        _consumed += skip;
        rest = rest[skip..];
        if (rest.IsEmpty)
        {
            NeedsMoreData = !_isFinalBlock;
            return false;
        }

        if (!_hasDelimiters || StartsIsa(rest))
        {
            return ReadIsa(rest);
        }

        var limit = Math.Min(rest.Length, _options.MaxSegmentLength + 1);
        var end = rest[..limit].IndexOf(_delimiters.Segment);
        if (end < 0)
        {
            if (limit > _options.MaxSegmentLength)
            {
                return Fail(X12ReaderError.SegmentTooLong);
            }

            if (!_isFinalBlock)
            {
                NeedsMoreData = true;
                return false;
            }

            return Fail(X12ReaderError.TruncatedSegment);
        }

        var segment = rest[..end];
        // A segment shorter than the bound cannot hold that many separators, so the count (a second
        // pass over the bytes) runs only for long segments; most 5010 segments are 10-40 bytes.
        if (segment.Length >= _options.MaxElements && segment.Count(_delimiters.Element) >= _options.MaxElements)
        {
            _segmentStart = _consumed;
            _segmentLength = end;
            return Fail(X12ReaderError.TooManyElements);
        }

        _segmentStart = _consumed;
        _segmentLength = end;
        _consumed += end + 1;
        _segmentsRead++;
        return true;
    }

    private bool StartsIsa(ReadOnlySpan<byte> rest) =>
        rest.Length >= 4 && rest[0] == (byte)'I' && rest[1] == (byte)'S' && rest[2] == (byte)'A' && rest[3] == _delimiters.Element;

    private bool ReadIsa(ReadOnlySpan<byte> rest)
    {
        if (rest.Length < IsaLength)
        {
            if (!_isFinalBlock && "ISA"u8[..Math.Min(3, rest.Length)].SequenceEqual(rest[..Math.Min(3, rest.Length)]))
            {
                NeedsMoreData = true;
                return false;
            }

            return Fail(rest.StartsWith("ISA"u8) ? X12ReaderError.MalformedIsa : X12ReaderError.MissingIsa);
        }

        if (!rest.StartsWith("ISA"u8))
        {
            return Fail(X12ReaderError.MissingIsa);
        }

        var element = rest[3];
        // ISA is fixed width: its 16 element separators sit at these offsets (X12.5 ISA layout).
        ReadOnlySpan<byte> separatorOffsets = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];
        foreach (var offset in separatorOffsets)
        {
            if (rest[offset] != element)
            {
                return Fail(X12ReaderError.MalformedIsa);
            }
        }

        var repetition = rest[82];
        // ISA11 was the interchange standards id ('U') before 5010; then there is no repetition separator.
        if (repetition is >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9')
        {
            repetition = 0;
        }

        var delimiters = new X12Delimiters(element, rest[104], repetition, rest[105]);
        if (!delimiters.IsValid)
        {
            return Fail(X12ReaderError.MalformedIsa);
        }

        _delimiters = delimiters;
        _hasDelimiters = true;
        _segmentStart = _consumed;
        _segmentLength = IsaLength - 1;
        _consumed += IsaLength;
        _segmentsRead++;
        return true;
    }

    private int SkipWhitespace(ReadOnlySpan<byte> rest)
    {
        var i = 0;
        while (i < rest.Length)
        {
            var b = rest[i];
            if (b is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t' && !(_hasDelimiters && b == _delimiters.Segment))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private bool Fail(X12ReaderError error)
    {
        Error = error;
        _segmentStart = Math.Min(_consumed, _buffer.Length);
        _segmentLength = 0;
        return false;
    }
}
