namespace Claimsmith.Interop.Hl7;

/// <summary>
/// One segment: its id and its fields. In MSH, field 1 is the field separator itself and field 2
/// the encoding characters, so MSH-9 is the message type as the standard numbers it.
/// </summary>
public sealed class Hl7Segment
{
    private readonly ReadOnlyMemory<char> _text;
    private readonly int[] _fieldStarts; // start of field n at index n-1 (n from 1), the id excluded
    private readonly Hl7Delimiters _delimiters;

    internal Hl7Segment(string id, int number, ReadOnlyMemory<char> text, int[] fieldStarts, Hl7Delimiters delimiters)
    {
        Id = id;
        Number = number;
        _text = text;
        _fieldStarts = fieldStarts;
        _delimiters = delimiters;
    }

    /// <summary>The three-character segment id, e.g. <c>PID</c>.</summary>
    public string Id { get; }

    /// <summary>1-based position of the segment in the message.</summary>
    public int Number { get; }

    /// <summary>The number of fields present.</summary>
    public int FieldCount => _fieldStarts.Length;

    /// <summary>The segment as sent.</summary>
    public ReadOnlySpan<char> Raw => _text.Span;

    /// <summary>Field <paramref name="number"/> (1-based); empty when absent.</summary>
    public Hl7Value Field(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (number > _fieldStarts.Length)
        {
            return default;
        }

        var start = _fieldStarts[number - 1];
        int end;
        if (Id == "MSH" && number == 1)
        {
            end = start + 1;
        }
        else
        {
            end = number < _fieldStarts.Length ? _fieldStarts[number] - 1 : _text.Length;
        }

        return new Hl7Value(_text[start..Math.Max(start, end)], _delimiters, 0);
    }

    /// <summary>Shorthand for <c>Field(field).Component(component).Value</c>, null when empty.</summary>
    public string? Get(int field, int component = 1) => Field(field).Component(component).ValueOrNull;

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
