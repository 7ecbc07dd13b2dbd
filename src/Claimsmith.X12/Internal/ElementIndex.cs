using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        scratch[0] = -1;
        var n = 1;
        var limit = scratch.Length - 1;
        var sep = _delimiters.Element;
        var length = _span.Length;
        var offset = 0;
        // Segments are short (20-40 bytes): one 16-byte compare finds every separator of a block at
        // once, where an IndexOf per element would pay its call and setup cost for each element.
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(_span);
            var needle = Vector128.Create(sep);
            while (offset + Vector128<byte>.Count <= length && n < limit)
            {
                var mask = Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)offset), needle).ExtractMostSignificantBits();
                while (mask != 0 && n < limit)
                {
                    scratch[n++] = offset + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                }

                offset += Vector128<byte>.Count;
            }
        }

        // The tail (shorter than a vector; whole segments such as AMT*B6*100 are) without a branch per
        // byte: every offset is written and the count moves only on a separator, so the varying
        // separator positions cost no mispredictions. Safe while the bytes left fit the slots left.
        if (length - offset <= limit - n)
        {
            ref var slot = ref MemoryMarshal.GetReference(scratch);
            ref var bytes = ref MemoryMarshal.GetReference(_span);
            for (; offset < length; offset++)
            {
                Unsafe.Add(ref slot, n) = offset;
                n += Unsafe.Add(ref bytes, offset) == sep ? 1 : 0;
            }
        }

        for (; offset < length && n < limit; offset++)
        {
            if (_span[offset] == sep)
            {
                scratch[n++] = offset;
            }
        }

        scratch[n++] = length;
        _bounds = scratch[..n];
    }

    /// <summary>The element separator of the segment.</summary>
    public readonly byte ElementSeparator => _delimiters.Element;

    /// <summary>Number of elements after the id.</summary>
    public readonly int Count => _bounds.Length - 2;

    /// <summary>Element <paramref name="position"/> (1-based), empty when absent.</summary>
    public readonly ReadOnlySpan<byte> this[int position] =>
        position + 1 < _bounds.Length ? _span[(_bounds[position] + 1).._bounds[position + 1]] : default;

    public readonly bool Has(int position) => !this[position].IsEmpty;

    /// <summary>Identifier or free text: a new string (null when empty).</summary>
    public readonly string? String(int position) => Codes.Text(this[position]);

    /// <summary>Qualifier, code or date: a shared string (null when empty).</summary>
    public readonly string? Code(int position) => Codes.Get(this[position]);

    /// <summary>The segment identifier bytes.</summary>
    public readonly ReadOnlySpan<byte> Id => _span[..(_bounds.Length > 2 ? _bounds[1] : _span.Length)];

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
    [SkipLocalsInit]
    public readonly Claims.ProcedureCode? Procedure(int position)
    {
        var e = this[position];
        if (e.IsEmpty)
        {
            return null;
        }

        // The composite is a function of its bytes and the component separator, and ProcedureCode is
        // immutable, so a procedure seen before (most lines of a remittance bill a few codes) is shared.
        var c = _delimiters.Component;
        if (SharedValues<Claims.ProcedureCode>.Find(e, c) is { } shared)
        {
            return shared;
        }

        var code = ParseProcedure(e, c);
        SharedValues<Claims.ProcedureCode>.Add(e, c, code);
        return code;
    }

    /// <summary>Elements <paramref name="first"/> through the last one, separators included (empty when <paramref name="first"/> is absent).</summary>
    public readonly ReadOnlySpan<byte> From(int first) =>
        first + 1 < _bounds.Length ? _span[(_bounds[first] + 1)..] : default;

    [SkipLocalsInit]
    private static Claims.ProcedureCode ParseProcedure(ReadOnlySpan<byte> e, byte c)
    {
        // One pass over the composite: C003-01 qualifier, -02 code, -03..06 modifiers, -07 description, -08 product/service id.
        Span<Range> parts = stackalloc Range[8];
        var n = SplitComponents(e, c, parts);
        var modifierCount = 0;
        for (var k = 2; k < Math.Min(n, 6); k++)
        {
            if (parts[k].End.Value > parts[k].Start.Value)
            {
                modifierCount++;
            }
        }

        var modifiers = modifierCount == 0 ? [] : new string[modifierCount];
        for (int k = 2, m = 0; m < modifierCount; k++)
        {
            if (Codes.Get(e[parts[k]]) is { } modifier)
            {
                modifiers[m++] = modifier;
            }
        }

        return new Claims.ProcedureCode(Codes.Get(e[parts[0]]) ?? string.Empty, n > 1 ? Codes.Get(e[parts[1]]) ?? string.Empty : string.Empty)
        {
            Modifiers = modifiers,
            Description = n > 6 ? Codes.Text(e[parts[6]]) : null,
            ProductServiceId = n > 7 ? Codes.Get(e[parts[7]]) : null,
        };
    }

    private static int SplitComponents(ReadOnlySpan<byte> element, byte separator, Span<Range> parts)
    {
        var n = 0;
        var start = 0;
        while (n < parts.Length)
        {
            var i = element[start..].IndexOf(separator);
            if (i < 0)
            {
                parts[n++] = new Range(start, element.Length);
                break;
            }

            parts[n++] = new Range(start, start + i);
            start += i + 1;
        }

        return n;
    }

    public readonly string IdString => Encoding.ASCII.GetString(_span[.._bounds[1 < _bounds.Length ? 1 : 0]]);
}
