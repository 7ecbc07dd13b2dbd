using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Claimsmith.X12.Internal;

/// <summary>
/// Strings for element values. <see cref="Get"/> shares the strings of short code values
/// (qualifiers, entity and group codes, CARCs, procedure codes and modifiers, CCYYMMDD dates),
/// which repeat on nearly every segment of a file; <see cref="Text"/> allocates a fresh string
/// for identifiers and names that are mostly unique, so they never push codes out of the table.
/// </summary>
/// <remarks>
/// The table is a fixed, two-way set-associative array indexed by a hash of the bytes: a lookup
/// is a hash and one or two comparisons, it never locks (a slot holds an immutable entry, and a
/// reference write is atomic, so a lost race only costs an allocation), and hostile input can
/// evict entries but never grow it.
/// </remarks>
internal static class Codes
{
    /// <summary>Longest value shared; longer values are allocated.</summary>
    public const int MaxLength = 16;

    private const int Bits = 13;
    private static readonly Entry?[] Table = new Entry?[1 << Bits];

    /// <summary>A shared string for a short code value (null when empty).</summary>
    public static string? Get(ReadOnlySpan<byte> value)
    {
        var length = value.Length;
        if (length == 0)
        {
            return null;
        }

        if (length > MaxLength)
        {
            return Encoding.UTF8.GetString(value);
        }

        // The bytes packed into two words (overlapping reads; with the length they identify the value),
        // so a lookup is a multiply for the hash and two word comparisons, with no per-byte loop.
        ref var r = ref MemoryMarshal.GetReference(value);
        ulong lo, hi;
        if (length >= 8)
        {
            lo = Unsafe.ReadUnaligned<ulong>(ref r);
            hi = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, length - 8));
        }
        else if (length >= 4)
        {
            lo = Unsafe.ReadUnaligned<uint>(ref r);
            hi = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref r, length - 4));
        }
        else if (length >= 2)
        {
            lo = Unsafe.ReadUnaligned<ushort>(ref r);
            hi = Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref r, length - 2));
        }
        else
        {
            lo = r;
            hi = 0;
        }

        if (((lo | hi) & 0x8080808080808080UL) != 0)
        {
            return Encoding.UTF8.GetString(value);
        }

        var hash = ((lo * 0x9E3779B97F4A7C15UL) ^ (hi * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length) * 0x9E3779B97F4A7C15UL;
        var index = (int)(hash >> (64 - Bits));
        var table = Table;
        var first = table[index];
        if (first is not null && first.Lo == lo && first.Hi == hi && first.Value.Length == length)
        {
            return first.Value;
        }

        var second = table[index ^ 1];
        if (second is not null && second.Lo == lo && second.Hi == hi && second.Value.Length == length)
        {
            return second.Value;
        }

        var s = Encoding.ASCII.GetString(value);
        // Keep the most recent value in the first slot and move the previous one to the second.
        table[index ^ 1] = first;
        table[index] = new Entry(lo, hi, s);
        return s;
    }

    /// <summary>A new string for an identifier or name (null when empty).</summary>
    public static string? Text(ReadOnlySpan<byte> value) => value.IsEmpty ? null : Encoding.UTF8.GetString(value);

    private sealed class Entry(ulong lo, ulong hi, string value)
    {
        public ulong Lo { get; } = lo;

        public ulong Hi { get; } = hi;

        public string Value { get; } = value;
    }
}
