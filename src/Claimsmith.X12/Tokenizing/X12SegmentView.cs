using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Claimsmith.X12.Tokenizing;

/// <summary>
/// One segment's bytes with the delimiters to split them. Nothing is allocated until a value
/// is materialised with <see cref="GetString(int)"/> or <see cref="ToSegment"/>.
/// Element positions are 1-based as in the guides (NM1-03 is <c>GetElement(3)</c>).
/// </summary>
public readonly ref struct X12SegmentView
{
    private readonly ReadOnlySpan<byte> _span;

    /// <summary>Wraps the bytes of a segment (terminator excluded).</summary>
    public X12SegmentView(ReadOnlySpan<byte> span, X12Delimiters delimiters)
    {
        _span = span;
        Delimiters = delimiters;
    }

    /// <summary>The separators in force.</summary>
    public X12Delimiters Delimiters { get; }

    /// <summary>The raw bytes, terminator excluded.</summary>
    public ReadOnlySpan<byte> Span => _span;

    /// <summary>The segment identifier (bytes before the first element separator).</summary>
    public ReadOnlySpan<byte> Id
    {
        get
        {
            var i = _span.IndexOf(Delimiters.Element);
            return i < 0 ? _span : _span[..i];
        }
    }

    /// <summary>Whether the identifier is 2 or 3 upper-case letters or digits starting with a letter.</summary>
    public bool HasValidId
    {
        get
        {
            var id = Id;
            if (id.Length is < 2 or > 3 || id[0] is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }

            foreach (var b in id)
            {
                if (b is not (>= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether the identifier equals <paramref name="id"/> (ASCII).</summary>
    public bool Is(ReadOnlySpan<byte> id) => Id.SequenceEqual(id);

    /// <summary>Number of elements after the identifier, trailing empty ones included.</summary>
    public int ElementCount => _span.Count(Delimiters.Element);

    /// <summary>The raw bytes of element <paramref name="position"/> (1-based); empty when absent.</summary>
    public ReadOnlySpan<byte> GetElement(int position)
    {
        var rest = _span;
        for (var i = 0; i < position; i++)
        {
            var sep = rest.IndexOf(Delimiters.Element);
            if (sep < 0)
            {
                return default;
            }

            rest = rest[(sep + 1)..];
        }

        var end = rest.IndexOf(Delimiters.Element);
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>Component <paramref name="component"/> (1-based) of element <paramref name="position"/>; the first repeat only.</summary>
    public ReadOnlySpan<byte> GetComponent(int position, int component)
    {
        var element = FirstRepeat(GetElement(position));
        return Split(element, Delimiters.Component, component);
    }

    /// <summary>Whether element <paramref name="position"/> is present and not empty.</summary>
    public bool Has(int position) => !GetElement(position).IsEmpty;

    /// <summary>Element <paramref name="position"/> as a string (null when empty).</summary>
    public string? GetString(int position) => ToStringOrNull(GetElement(position));

    /// <summary>A component as a string (null when empty).</summary>
    public string? GetString(int position, int component) => ToStringOrNull(GetComponent(position, component));

    /// <summary>Whether element <paramref name="position"/> equals <paramref name="value"/>.</summary>
    public bool ElementEquals(int position, ReadOnlySpan<byte> value) => GetElement(position).SequenceEqual(value);

    /// <summary>Parses element <paramref name="position"/> as an X12 decimal (type R or Nn).</summary>
    public bool TryGetDecimal(int position, out decimal value) => TryParseDecimal(GetElement(position), out value);

    /// <summary>Parses a component as an X12 decimal.</summary>
    public bool TryGetDecimal(int position, int component, out decimal value) => TryParseDecimal(GetComponent(position, component), out value);

    /// <summary>Element <paramref name="position"/> as a decimal, or null when empty or not a number.</summary>
    public decimal? GetDecimal(int position) => TryGetDecimal(position, out var d) ? d : null;

    /// <summary>Element <paramref name="position"/> as a CCYYMMDD date, or null when empty or not a real date.</summary>
    public DateOnly? GetDate(int position) => TryParseDate(GetElement(position), out var d) ? d : null;

    /// <summary>Materialises the segment (elements keep components and repeats in the canonical form of <see cref="X12Segment"/>).</summary>
    public X12Segment ToSegment()
    {
        var count = ElementCount;
        var elements = new string[count];
        var rest = _span;
        var first = rest.IndexOf(Delimiters.Element);
        var id = Internal.Codes.Get(first < 0 ? rest : rest[..first]) ?? string.Empty;
        rest = first < 0 ? default : rest[(first + 1)..];
        // ISA is fixed width and carries the separators themselves as data (ISA11, ISA16).
        var isIsa = id == "ISA";
        for (var i = 0; i < count; i++)
        {
            var end = rest.IndexOf(Delimiters.Element);
            var raw = end < 0 ? rest : rest[..end];
            elements[i] = isIsa ? Encoding.UTF8.GetString(raw) : Canonical(raw);
            rest = end < 0 ? default : rest[(end + 1)..];
        }

        return id.Length == 0 ? new X12Segment(id, elements) : new X12Segment(id, elements, owned: true);
    }

    /// <inheritdoc/>
    public override string ToString() => Encoding.UTF8.GetString(_span);

    /// <summary>Number of repeats in element <paramref name="position"/> (1 when not repeated, 0 when empty).</summary>
    public int RepetitionCount(int position)
    {
        var e = GetElement(position);
        if (e.IsEmpty)
        {
            return 0;
        }

        return Delimiters.Repetition == 0 ? 1 : e.Count(Delimiters.Repetition) + 1;
    }

    private string Canonical(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
        {
            return string.Empty;
        }

        // Qualifiers and codes (up to 3 characters) and CCYYMMDD dates repeat on nearly every segment:
        // they are shared strings. Identifiers are not, so they do not push codes out of the table.
        if ((raw.Length <= 3 || (raw.Length == 8 && !raw.ContainsAnyExceptInRange((byte)'0', (byte)'9')))
            && raw.IndexOfAny(Delimiters.Component, Delimiters.Repetition == 0 ? Delimiters.Component : Delimiters.Repetition) < 0)
        {
            return Internal.Codes.Get(raw)!;
        }

        var s = Encoding.UTF8.GetString(raw);
        if (raw.Contains(Delimiters.Component))
        {
            s = s.Replace((char)Delimiters.Component, X12Segment.ComponentSeparator);
        }

        if (Delimiters.Repetition != 0 && raw.Contains(Delimiters.Repetition))
        {
            s = s.Replace((char)Delimiters.Repetition, X12Segment.RepetitionSeparator);
        }

        return s;
    }

    private ReadOnlySpan<byte> FirstRepeat(ReadOnlySpan<byte> element)
    {
        if (Delimiters.Repetition == 0)
        {
            return element;
        }

        var r = element.IndexOf(Delimiters.Repetition);
        return r < 0 ? element : element[..r];
    }

    internal static ReadOnlySpan<byte> Split(ReadOnlySpan<byte> value, byte separator, int index)
    {
        var rest = value;
        for (var i = 1; i < index; i++)
        {
            var sep = rest.IndexOf(separator);
            if (sep < 0)
            {
                return default;
            }

            rest = rest[(sep + 1)..];
        }

        var end = rest.IndexOf(separator);
        return end < 0 ? rest : rest[..end];
    }

    internal static string? ToStringOrNull(ReadOnlySpan<byte> value) => value.IsEmpty ? null : Encoding.UTF8.GetString(value);

    private static readonly System.Buffers.SearchValues<byte> DecimalChars = System.Buffers.SearchValues.Create("0123456789."u8);

    /// <summary>Parses an X12 R/Nn value: optional minus sign, digits, optional decimal point.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> value, out decimal result)
    {
        result = 0;
        if (value.IsEmpty || value.Length > 30)
        {
            return false;
        }

        // Utf8Parser accepts exponents and leading '+'; X12 R does not, so parse the shape directly:
        // optional '-', digits, at most one '.'. Up to 18 digits fit a long (the common case).
        var negative = value[0] == (byte)'-';
        long mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (var i = negative ? 1 : 0; i < value.Length; i++)
        {
            var b = value[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                mantissa = (mantissa * 10) + (b - '0');
                digits++;
                if (scale >= 0)
                {
                    scale++;
                }

                if (digits > 18)
                {
                    return SlowParse(value, out result);
                }
            }
            else if (b == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        result = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    private static bool SlowParse(ReadOnlySpan<byte> value, out decimal result)
    {
        result = 0;
        if (value[1..].IndexOfAnyExcept(DecimalChars) >= 0 || value.IndexOf((byte)'.') != value.LastIndexOf((byte)'.'))
        {
            return false;
        }

        if (Utf8Parser.TryParse(value, out result, out var consumed) && consumed == value.Length)
        {
            return true;
        }

        return decimal.TryParse(Encoding.ASCII.GetString(value), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>Parses a CCYYMMDD date that exists on the calendar.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> value, out DateOnly date)
    {
        date = default;
        if (value.Length != 8)
        {
            return false;
        }

        var n = 0;
        foreach (var b in value)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            n = (n * 10) + (b - '0');
        }

        var year = n / 10000;
        var month = n / 100 % 100;
        var day = n % 100;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
