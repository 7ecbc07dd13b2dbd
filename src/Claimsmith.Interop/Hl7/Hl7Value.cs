namespace Claimsmith.Interop.Hl7;

/// <summary>
/// A field, or a repetition, component or subcomponent of one, as a slice of the message text.
/// Splitting is lazy (the reader only finds segment and field boundaries), so reading a few
/// values of a large message costs little. Positions are 1-based as in the standard (PID-5.1).
/// </summary>
public readonly struct Hl7Value
{
    private readonly ReadOnlyMemory<char> _raw;
    private readonly Hl7Delimiters _delimiters;
    private readonly byte _level; // 0 field, 1 repetition, 2 component, 3 subcomponent

    internal Hl7Value(ReadOnlyMemory<char> raw, Hl7Delimiters delimiters, byte level)
    {
        _raw = raw;
        _delimiters = delimiters;
        _level = level;
    }

    /// <summary>The text as sent, escapes not decoded.</summary>
    public ReadOnlySpan<char> Raw => _raw.Span;

    /// <summary>True when nothing was sent.</summary>
    public bool IsEmpty => _raw.IsEmpty;

    /// <summary>The decoded text (escape sequences resolved), or "" when empty.</summary>
    public string Value => _raw.IsEmpty ? "" : Hl7Escapes.Decode(_raw.Span, _delimiters);

    /// <summary>The decoded text, or null when empty or the HL7 null <c>""</c>.</summary>
    public string? ValueOrNull => _raw.IsEmpty || _raw.Span.SequenceEqual("\"\"") ? null : Value;

    /// <summary>The number of repetitions (1 for an empty field).</summary>
    public int RepetitionCount => _level > 0 ? 1 : _raw.Span.Count(_delimiters.Repetition) + 1;

    /// <summary>The repetition at 1-based <paramref name="index"/>; empty when absent.</summary>
    public Hl7Value Repetition(int index) => _level > 0 ? (index == 1 ? this : default) : new(Piece(_raw, _delimiters.Repetition, index), _delimiters, 1);

    /// <summary>Each repetition.</summary>
    public IEnumerable<Hl7Value> Repetitions()
    {
        for (var i = 1; i <= RepetitionCount; i++)
        {
            yield return Repetition(i);
        }
    }

    /// <summary>The component at 1-based <paramref name="index"/> (of the first repetition); empty when absent.</summary>
    public Hl7Value Component(int index)
    {
        if (_level >= 2)
        {
            return index == 1 ? this : default;
        }

        var rep = _level == 0 ? Piece(_raw, _delimiters.Repetition, 1) : _raw;
        return new(Piece(rep, _delimiters.Component, index), _delimiters, 2);
    }

    /// <summary>The subcomponent at 1-based <paramref name="index"/> (of the first component when this is a field); empty when absent.</summary>
    public Hl7Value Subcomponent(int index)
    {
        if (_level == 3)
        {
            return index == 1 ? this : default;
        }

        var component = _level == 2 ? this : Component(1);
        return new(Piece(component._raw, _delimiters.Subcomponent, index), _delimiters, 3);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static ReadOnlyMemory<char> Piece(ReadOnlyMemory<char> text, char separator, int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        var span = text.Span;
        var start = 0;
        for (var i = 1; i < index; i++)
        {
            var next = span[start..].IndexOf(separator);
            if (next < 0)
            {
                return default;
            }

            start += next + 1;
        }

        var end = span[start..].IndexOf(separator);
        return end < 0 ? text[start..] : text.Slice(start, end);
    }
}
