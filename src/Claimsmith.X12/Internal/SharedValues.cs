using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Claimsmith.X12.Internal;

/// <summary>
/// Shares immutable values read from short byte runs (a procedure composite such as
/// <c>HC:99213:25</c>, a <c>DTM*472*20251228</c> date), which repeat across the claims and lines of
/// a remittance, so a reader allocates each distinct value once instead of once per segment.
/// </summary>
/// <remarks>
/// Same scheme as <see cref="Codes"/>: a fixed two-way set-associative table indexed by a hash of
/// the bytes (at most <see cref="MaxLength"/>) plus a tag (the separator the bytes were split with and any flag the value carries,
/// since the same bytes split differently under another separator). Lookups never lock; entries are
/// immutable and a lost race only costs an allocation; hostile input can evict entries but never
/// grow the table. Only immutable values (records with init-only members) may be shared.
/// </remarks>
internal static class SharedValues<T>
    where T : class
{
    /// <summary>Longest key shared; longer runs are not looked up.</summary>
    public const int MaxLength = 16;

    private const int Bits = 10;
    private static readonly Entry?[] Table = new Entry?[1 << Bits];

    /// <summary>The shared value for <paramref name="key"/> and <paramref name="tag"/>, or null when not cached (or not cacheable).</summary>
    public static T? Find(ReadOnlySpan<byte> key, int tag)
    {
        if (!Pack(key, out var lo, out var hi))
        {
            return null;
        }

        var index = Index(lo, hi, key.Length, tag);
        var table = Table;
        var first = table[index];
        if (first is not null && first.Matches(lo, hi, key.Length, tag))
        {
            return first.Value;
        }

        var second = table[index ^ 1];
        return second is not null && second.Matches(lo, hi, key.Length, tag) ? second.Value : null;
    }

    /// <summary>Remembers <paramref name="value"/> as the value of <paramref name="key"/> under <paramref name="tag"/> (ignored when the key is not cacheable).</summary>
    public static void Add(ReadOnlySpan<byte> key, int tag, T value)
    {
        if (!Pack(key, out var lo, out var hi))
        {
            return;
        }

        var index = Index(lo, hi, key.Length, tag);
        var table = Table;
        // The most recent value takes the first slot and the previous one moves to the second.
        table[index ^ 1] = table[index];
        table[index] = new Entry(lo, hi, key.Length, tag, value);
    }

    private static int Index(ulong lo, ulong hi, int length, int tag)
    {
        var hash = ((lo * 0x9E3779B97F4A7C15UL) ^ (hi * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length ^ ((ulong)(uint)tag << 8)) * 0x9E3779B97F4A7C15UL;
        return (int)(hash >> (64 - Bits));
    }

    /// <summary>The bytes in two overlapping words; with the length they identify the run (see <see cref="Codes"/>).</summary>
    private static bool Pack(ReadOnlySpan<byte> value, out ulong lo, out ulong hi)
    {
        var length = value.Length;
        if (length is 0 or > MaxLength)
        {
            lo = hi = 0;
            return false;
        }

        ref var r = ref MemoryMarshal.GetReference(value);
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

        return true;
    }

    private sealed class Entry(ulong lo, ulong hi, int length, int tag, T value)
    {
        public T Value { get; } = value;

        public bool Matches(ulong lo2, ulong hi2, int length2, int tag2) => lo == lo2 && hi == hi2 && length == length2 && tag == tag2;
    }
}
