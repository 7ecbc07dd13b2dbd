using System.Diagnostics;
using System.Text;

namespace Claimsmith.X12.Tokenizing;

/// <summary>
/// A materialised segment, independent of the delimiters it was read with. Components of an
/// element are joined by <see cref="ComponentSeparator"/> and repeats by
/// <see cref="RepetitionSeparator"/> (ASCII unit and record separators, which X12 data never
/// contains); the writer turns them into the delimiters chosen for output.
/// </summary>
public sealed class X12Segment : IEquatable<X12Segment>
{
    /// <summary>Canonical component separator inside <see cref="Elements"/>.</summary>
    public const char ComponentSeparator = '\u001F';

    /// <summary>Canonical repetition separator inside <see cref="Elements"/>.</summary>
    public const char RepetitionSeparator = '\u001E';

    /// <summary>Creates a segment; trailing empty elements are dropped (X12.6: they are not transmitted).</summary>
    public X12Segment(string id, params string?[] elements)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(elements);
        Id = id;
        var count = elements.Length;
        while (count > 0 && string.IsNullOrEmpty(elements[count - 1]))
        {
            count--;
        }

        var copy = new string[count];
        for (var i = 0; i < count; i++)
        {
            copy[i] = elements[i] ?? string.Empty;
        }

        Elements = copy;
    }

    /// <summary>Takes ownership of <paramref name="elements"/> (no copy; used by the tokenizer); trailing empty elements are dropped.</summary>
    internal X12Segment(string id, string[] elements, bool owned)
    {
        Debug.Assert(owned);
        Id = id;
        var count = elements.Length;
        while (count > 0 && elements[count - 1].Length == 0)
        {
            count--;
        }

        Elements = count == elements.Length ? elements : elements[..count];
    }

    /// <summary>The segment identifier, e.g. <c>CLM</c>.</summary>
    public string Id { get; }

    /// <summary>Elements from position 1; <c>Elements[0]</c> is e.g. CLM-01.</summary>
    public IReadOnlyList<string> Elements { get; }

    /// <summary>Element at 1-based <paramref name="position"/>, empty string when absent.</summary>
    public string this[int position] => position >= 1 && position <= Elements.Count ? Elements[position - 1] : string.Empty;

    /// <summary>Component (1-based) of an element's first repeat, empty string when absent.</summary>
    public string Component(int position, int component)
    {
        var e = this[position];
        var rep = e.IndexOf(RepetitionSeparator, StringComparison.Ordinal);
        if (rep >= 0)
        {
            e = e[..rep];
        }

        var parts = e.Split(ComponentSeparator);
        return component >= 1 && component <= parts.Length ? parts[component - 1] : string.Empty;
    }

    /// <summary>Joins components into the canonical composite form (trailing empty components dropped).</summary>
    public static string Composite(params string?[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var count = components.Length;
        while (count > 0 && string.IsNullOrEmpty(components[count - 1]))
        {
            count--;
        }

        return string.Join(ComponentSeparator, components, 0, count);
    }

    /// <summary>Joins repeats into the canonical repeated form.</summary>
    public static string Repeated(IEnumerable<string> repeats) => string.Join(RepetitionSeparator, repeats);

    /// <summary>Renders the segment with the given delimiters, terminator excluded.</summary>
    public string ToString(X12Delimiters delimiters)
    {
        var sb = new StringBuilder(Id);
        foreach (var e in Elements)
        {
            sb.Append((char)delimiters.Element);
            foreach (var c in e)
            {
                sb.Append(c switch
                {
                    ComponentSeparator => (char)delimiters.Component,
                    RepetitionSeparator => (char)delimiters.Repetition,
                    _ => c,
                });
            }
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToString(X12Delimiters.Default);

    /// <inheritdoc/>
    public bool Equals(X12Segment? other) =>
        other is not null && Id == other.Id && Elements.SequenceEqual(other.Elements, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as X12Segment);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Id);
        foreach (var e in Elements)
        {
            h.Add(e);
        }

        return h.ToHashCode();
    }
}
