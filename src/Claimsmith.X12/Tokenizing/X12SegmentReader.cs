using System.Buffers;

namespace Claimsmith.X12.Tokenizing;

/// <summary>
/// Pulls segments one at a time from memory or from a stream of any size. A stream is read
/// through one pooled window (<see cref="ArrayPool{T}"/>) that grows only to the longest segment,
/// so memory stays flat in the file size; the current segment's bytes are valid until the next
/// <see cref="Read"/>.
/// </summary>
public sealed class X12SegmentReader : IDisposable
{
    private const int DefaultWindow = 64 * 1024;

    private readonly Stream? _stream;
    private readonly ReadOnlyMemory<byte> _memory;
    private byte[]? _rented;
    private int _windowStart;
    private int _windowEnd;
    private bool _streamEnded;
    private X12ReaderState _state;
    private int _segmentStart;
    private int _segmentLength;
    private bool _disposed;

    private X12SegmentReader(Stream? stream, ReadOnlyMemory<byte> memory, X12ReaderOptions options, int windowSize)
    {
        _stream = stream;
        _memory = memory;
        _state = new X12ReaderState(options);
        if (stream is not null)
        {
            _rented = ArrayPool<byte>.Shared.Rent(Math.Max(windowSize, 512));
        }
        else
        {
            _windowEnd = memory.Length;
            _streamEnded = true;
        }
    }

    /// <summary>Reads an input held in memory, without copying it.</summary>
    public static X12SegmentReader Create(ReadOnlyMemory<byte> data, X12ReaderOptions? options = null) =>
        new(null, data, options ?? X12ReaderOptions.Default, 0);

    /// <summary>Reads a stream in a pooled window of <paramref name="windowSize"/> bytes (the window grows only for a longer segment).</summary>
    public static X12SegmentReader Create(Stream stream, X12ReaderOptions? options = null, int windowSize = DefaultWindow)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        return new X12SegmentReader(stream, default, options ?? X12ReaderOptions.Default, windowSize);
    }

    /// <summary>The separators of the current interchange.</summary>
    public X12Delimiters Delimiters { get; private set; }

    /// <summary>1-based number of the current segment in the input.</summary>
    public long SegmentNumber { get; private set; }

    /// <summary>Byte offset of the current segment in the input.</summary>
    public long SegmentOffset { get; private set; }

    /// <summary>Why reading stopped early, if it did.</summary>
    public X12ReaderError Error { get; private set; }

    /// <summary>Byte offset where the error was found.</summary>
    public long ErrorOffset { get; private set; }

    /// <summary>The bounds in force.</summary>
    public X12ReaderOptions Options => _state.Options;

    /// <summary>The current segment.</summary>
    public X12SegmentView Current => new(Window.Slice(_segmentStart, _segmentLength), Delimiters);

    private ReadOnlySpan<byte> Window => _stream is null ? _memory.Span : _rented.AsSpan();

    /// <summary>Advances to the next segment; false at the end of input or on error (see <see cref="Error"/>).</summary>
    public bool Read()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Error != X12ReaderError.None)
        {
            return false;
        }

        while (true)
        {
            var block = Window[_windowStart.._windowEnd];
            var reader = new X12Reader(block, _streamEnded, _state);
            if (reader.Read())
            {
                _segmentStart = _windowStart + (int)(reader.SegmentOffset - _state.BytesBefore);
                _segmentLength = reader.SegmentSpan.Length;
                SegmentOffset = reader.SegmentOffset;
                SegmentNumber = reader.SegmentNumber;
                Delimiters = reader.Delimiters;
                _windowStart += reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }

            _windowStart += reader.BytesConsumed;
            _state = reader.CurrentState;
            if (reader.Error != X12ReaderError.None)
            {
                Error = reader.Error;
                ErrorOffset = _state.BytesBefore;
                return false;
            }

            if (!reader.NeedsMoreData || _streamEnded)
            {
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        var buffer = _rented!;
        var unread = _windowEnd - _windowStart;
        if (_windowStart > 0)
        {
            Buffer.BlockCopy(buffer, _windowStart, buffer, 0, unread);
            _windowStart = 0;
            _windowEnd = unread;
        }

        if (_windowEnd == buffer.Length)
        {
            // A segment longer than the window: grow, bounded by MaxSegmentLength (the tokenizer stops beyond it).
            var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, bigger, 0, _windowEnd);
            ArrayPool<byte>.Shared.Return(buffer);
            _rented = buffer = bigger;
        }

        var n = _stream!.Read(buffer, _windowEnd, buffer.Length - _windowEnd);
        if (n == 0)
        {
            _streamEnded = true;
        }

        _windowEnd += n;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
