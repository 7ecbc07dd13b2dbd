using System.Buffers;
using System.Globalization;
using System.Text;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Writing;

/// <summary>
/// Writes X12 deterministically: the same calls give the same bytes. It counts segments and
/// transaction sets and writes SE01/GE01/IEA01 and the trailer control numbers itself, so they
/// cannot disagree with the content (X12.6 rules for SE, GE, IEA).
/// </summary>
/// <remarks>
/// Values must not contain the chosen delimiters: that is a programmer error (sanitise claim data
/// before writing) and throws <see cref="ArgumentException"/>, since silently changing a name or an
/// identifier on a claim is worse than failing.
/// </remarks>
public sealed class X12Writer : IDisposable
{
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly X12WriterOptions _options;
    private readonly byte[] _newLine;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _used;
    private string? _interchangeControl;
    private string? _groupControl;
    private string? _transactionControl;
    private int _groups;
    private int _transactions;
    private int _segments;

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public X12Writer(Stream output, X12WriterOptions? options = null, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
        _options = options ?? X12WriterOptions.Default;
        if (!_options.Delimiters.IsValid)
        {
            throw new ArgumentException("The delimiters must be distinct and not letters, digits or space.", nameof(options));
        }

        _newLine = _options.LineBreaks ? Encoding.ASCII.GetBytes(_options.NewLine) : [];
    }

    /// <summary>The delimiters in use.</summary>
    public X12Delimiters Delimiters => _options.Delimiters;

    /// <summary>Segments written in the open transaction set so far, ST included.</summary>
    public int SegmentsInTransaction => _segments;

    /// <summary>Writes everything a callback writes into a byte array.</summary>
    public static byte[] ToBytes(Action<X12Writer> write, X12WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var ms = new MemoryStream();
        using (var w = new X12Writer(ms, options))
        {
            write(w);
            w.Flush();
        }

        return ms.ToArray();
    }

    /// <summary>Writes the fixed-width ISA.</summary>
    public void BeginInterchange(X12InterchangeHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (_interchangeControl is not null)
        {
            throw new InvalidOperationException("An interchange is already open.");
        }

        var control = header.ControlNumber.PadLeft(9, '0');
        if (control.Length != 9 || !control.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("ISA13 must be up to 9 digits.", nameof(header));
        }

        var d = _options.Delimiters;
        var repetition = d.Repetition == 0 ? "U" : ((char)d.Repetition).ToString();
        WriteRaw("ISA",
            Fixed(header.AuthorizationQualifier, 2), Fixed(header.Authorization, 10),
            Fixed(header.SecurityQualifier, 2), Fixed(header.Security, 10),
            Fixed(header.SenderQualifier, 2), Fixed(header.SenderId, 15),
            Fixed(header.ReceiverQualifier, 2), Fixed(header.ReceiverId, 15),
            Fixed(header.Date, 6), Fixed(header.Time, 4), repetition,
            Fixed(header.Version, 5), control, Fixed(header.AcknowledgmentRequested, 1),
            Fixed(header.UsageIndicator, 1), ((char)d.Component).ToString());
        _interchangeControl = control;
        _groups = 0;
    }

    /// <summary>Writes GS.</summary>
    public void BeginGroup(X12GroupHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (_interchangeControl is null || _groupControl is not null)
        {
            throw new InvalidOperationException("A group opens inside an interchange and outside another group.");
        }

        WriteSegmentCore("GS", [header.FunctionalId, header.SenderCode, header.ReceiverCode, header.Date, header.Time, header.ControlNumber, header.Agency, header.Version]);
        _groupControl = header.ControlNumber;
        _groups++;
        _transactions = 0;
    }

    /// <summary>Writes ST and starts counting segments.</summary>
    public void BeginTransaction(string transactionSetId, string controlNumber, string? implementationReference)
    {
        if (_groupControl is null || _transactionControl is not null)
        {
            throw new InvalidOperationException("A transaction set opens inside a group and outside another transaction set.");
        }

        ArgumentException.ThrowIfNullOrEmpty(controlNumber);
        _segments = 0;
        _transactionControl = controlNumber;
        WriteSegment("ST", transactionSetId, controlNumber, implementationReference);
        _transactions++;
    }

    /// <summary>Writes one segment from elements (1-based order; null or empty for absent; trailing ones dropped).</summary>
    public void WriteSegment(string id, params ReadOnlySpan<string?> elements)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        WriteSegmentCore(id, elements);
        if (_transactionControl is not null)
        {
            _segments++;
        }
    }

    /// <summary>Writes a materialised segment.</summary>
    public void WriteSegment(X12Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var elements = new string?[segment.Elements.Count];
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = segment.Elements[i];
        }

        WriteSegment(segment.Id, elements);
    }

    /// <summary>Writes SE with the segment count and ST02.</summary>
    public void EndTransaction()
    {
        if (_transactionControl is null)
        {
            throw new InvalidOperationException("No transaction set is open.");
        }

        _segments++;
        WriteSegmentCore("SE", [_segments.ToString(CultureInfo.InvariantCulture), _transactionControl]);
        _transactionControl = null;
    }

    /// <summary>Writes GE with the transaction set count and GS06.</summary>
    public void EndGroup()
    {
        if (_groupControl is null || _transactionControl is not null)
        {
            throw new InvalidOperationException("No group is open, or a transaction set is still open.");
        }

        WriteSegmentCore("GE", [_transactions.ToString(CultureInfo.InvariantCulture), _groupControl]);
        _groupControl = null;
    }

    /// <summary>Writes IEA with the group count and ISA13.</summary>
    public void EndInterchange()
    {
        if (_interchangeControl is null || _groupControl is not null)
        {
            throw new InvalidOperationException("No interchange is open, or a group is still open.");
        }

        WriteSegmentCore("IEA", [_groups.ToString(CultureInfo.InvariantCulture), _interchangeControl]);
        _interchangeControl = null;
    }

    /// <summary>Pushes buffered bytes to the stream.</summary>
    public void Flush()
    {
        if (_used > 0)
        {
            _output.Write(_buffer, 0, _used);
            _used = 0;
        }

        _output.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        if (_used > 0)
        {
            _output.Write(_buffer, 0, _used);
            _used = 0;
        }

        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    private static string Fixed(string value, int width) => value.Length >= width ? value[..width] : value.PadRight(width);

    private void WriteRaw(string id, params ReadOnlySpan<string> elements)
    {
        var d = _options.Delimiters;
        Append(id);
        foreach (var e in elements)
        {
            AppendByte(d.Element);
            Append(e);
        }

        AppendByte(d.Segment);
        AppendBytes(_newLine);
    }

    private void WriteSegmentCore(string id, ReadOnlySpan<string?> elements)
    {
        var d = _options.Delimiters;
        var count = elements.Length;
        while (count > 0 && string.IsNullOrEmpty(elements[count - 1]))
        {
            count--;
        }

        Append(id);
        for (var i = 0; i < count; i++)
        {
            AppendByte(d.Element);
            var e = elements[i];
            if (string.IsNullOrEmpty(e))
            {
                continue;
            }

            // Trailing empty components are not transmitted (X12.6 3.7).
            foreach (var c in e)
            {
                switch (c)
                {
                    case X12Segment.ComponentSeparator:
                        AppendByte(d.Component);
                        break;
                    case X12Segment.RepetitionSeparator:
                        if (d.Repetition == 0)
                        {
                            throw new ArgumentException($"Element {i + 1} of {id} repeats but the interchange has no repetition separator.", nameof(elements));
                        }

                        AppendByte(d.Repetition);
                        break;
                    default:
                        if (c < 128 && d.IsDelimiter((byte)c))
                        {
                            throw new ArgumentException($"Element {i + 1} of {id} contains the delimiter '{c}'.", nameof(elements));
                        }

                        if (c < 128)
                        {
                            AppendByte((byte)c);
                        }
                        else
                        {
                            Append(c.ToString());
                        }

                        break;
                }
            }
        }

        AppendByte(d.Segment);
        AppendBytes(_newLine);
    }

    private void Append(string s)
    {
        var max = Encoding.UTF8.GetMaxByteCount(s.Length);
        Ensure(max);
        _used += Encoding.UTF8.GetBytes(s, 0, s.Length, _buffer, _used);
    }

    private void AppendBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void AppendByte(byte b)
    {
        Ensure(1);
        _buffer[_used++] = b;
    }

    private void Ensure(int n)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_used + n <= _buffer.Length)
        {
            return;
        }

        _output.Write(_buffer, 0, _used);
        _used = 0;
        if (n > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(n);
        }
    }
}
