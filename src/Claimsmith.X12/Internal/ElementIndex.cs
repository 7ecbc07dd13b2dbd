using System.Text;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Internal;

/// <summary>
/// Element boundaries of one segment, found in one pass so that typed readers reach element n in
/// O(1) instead of rescanning from the start (the 835 reader touches most elements of every segment).
/// </summary>
internal ref struct ElementIndex
{
    private readonly ReadOnlySpan<byte> _span;
    private readonly Span<int> _bounds;
    private readonly X12Delimiters _delimiters;

    /// <summary>Indexes <paramref name="segment"/>; <paramref name="scratch"/> needs room for the element count + 2 entries.</summary>
    public ElementIndex(X12SegmentView segment, Span<int> scratch)
    {
        _span = segment.Span;
        _delimiters = segment.Delimiters;
        var n = 0;
        scratch[n++] = -1;
        var sep = _delimiters.Element;
        var offset = 0;
        while (n < scratch.Length - 1)
        {
            var i = _span[offset..].IndexOf(sep);
            if (i < 0)
            {
                break;
            }

            offset += i;
            scratch[n++] = offset;
            offset++;
        }

        scratch[n++] = _span.Length;
        _bounds = scratch[..n];
    }

    /// <summary>Number of elements after the id.</summary>
    public readonly int Count => _bounds.Length - 2;

    /// <summary>Element <paramref name="position"/> (1-based), empty when absent.</summary>
    public readonly ReadOnlySpan<byte> this[int position] =>
        position + 1 < _bounds.Length ? _span[(_bounds[position] + 1).._bounds[position + 1]] : default;

    public readonly bool Has(int position) => !this[position].IsEmpty;

    public readonly string? String(int position) => Codes.Get(this[position]);

    public readonly string? Component(int position, int component)
    {
        var e = this[position];
        if (_delimiters.Repetition != 0 && e.IndexOf(_delimiters.Repetition) is var r and >= 0)
        {
            e = e[..r];
        }

        return Codes.Get(X12SegmentView.Split(e, _delimiters.Component, component));
    }

    /// <summary>Element as a procedure composite (C003) without materialising the segment.</summary>
    public readonly Claims.ProcedureCode? Procedure(int position)
    {
        var e = this[position];
        if (e.IsEmpty)
        {
            return null;
        }

        var c = _delimiters.Component;
        List<string>? modifiers = null;
        for (var k = 3; k <= 6; k++)
        {
            var m = X12SegmentView.Split(e, c, k);
            if (!m.IsEmpty)
            {
                (modifiers ??= []).Add(Codes.Get(m)!);
            }
        }

        return new Claims.ProcedureCode(Codes.Get(X12SegmentView.Split(e, c, 1)) ?? string.Empty, Codes.Get(X12SegmentView.Split(e, c, 2)) ?? string.Empty)
        {
            Modifiers = (IReadOnlyList<string>?)modifiers ?? [],
            Description = Codes.Get(X12SegmentView.Split(e, c, 7)),
            ProductServiceId = Codes.Get(X12SegmentView.Split(e, c, 8)),
        };
    }

    public readonly string IdString => Encoding.ASCII.GetString(_span[.._bounds[1 < _bounds.Length ? 1 : 0]]);
}
