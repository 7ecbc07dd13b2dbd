using System.Buffers;

namespace Claimsmith.Interop.Mllp;

/// <summary>
/// Reads MLLP frames from a stream in pooled buffers. Bytes outside a frame are skipped (as
/// receivers must, C.4.1); a frame longer than <see cref="MaxFrameLength"/> is discarded and
/// reported as oversized instead of growing without bound.
/// </summary>
public sealed class MllpReader : IDisposable
{
    /// <summary>Largest message accepted.</summary>
    public const int MaxFrameLength = Hl7.Hl7Reader.MaxMessageLength;

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _start;
    private int _end;
    private byte[] _frame = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _frameLength;

    /// <summary>Reads from <paramref name="stream"/> (not owned).</summary>
    public MllpReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>
    /// The next frame's content, or null at the end of the stream.
    /// Oversized is true when a frame exceeded <see cref="MaxFrameLength"/> (its content is then empty).
    /// A frame cut off by the end of the stream is returned as null: nothing complete arrived.
    /// </summary>
    public async ValueTask<(ReadOnlyMemory<byte>? Frame, bool Oversized)> ReadAsync(CancellationToken cancellationToken)
    {
        var inFrame = false;
        var oversized = false;
        _frameLength = 0;
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            if (!inFrame)
            {
                var sb = span.IndexOf(MllpFrame.StartBlock);
                if (sb >= 0)
                {
                    _start += sb + 1;
                    inFrame = true;
                    continue;
                }

                _start = _end;
            }
            else
            {
                var eb = span.IndexOf(MllpFrame.EndBlock);
                var take = eb >= 0 ? eb : span.Length;
                if (!oversized)
                {
                    if (_frameLength + take > MaxFrameLength)
                    {
                        oversized = true;
                        _frameLength = 0;
                    }
                    else
                    {
                        Append(span[..take]);
                    }
                }

                _start += take;
                if (eb >= 0)
                {
                    _start++; // the end block; the CR after it is skipped as bytes outside a frame
                    return oversized ? (ReadOnlyMemory<byte>.Empty, true) : (_frame.AsMemory(0, _frameLength), false);
                }
            }

            _start = 0;
            _end = await _stream.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (_end == 0)
            {
                return (null, false);
            }
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_frameLength + bytes.Length > _frame.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_frame.Length * 2, _frameLength + bytes.Length));
            _frame.AsSpan(0, _frameLength).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_frame);
            _frame = bigger;
        }

        bytes.CopyTo(_frame.AsSpan(_frameLength));
        _frameLength += bytes.Length;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        ArrayPool<byte>.Shared.Return(_frame);
        _buffer = [];
        _frame = [];
    }
}
