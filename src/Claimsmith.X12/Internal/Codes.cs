using System.Collections.Concurrent;
using System.Text;

namespace Claimsmith.X12.Internal;

/// <summary>
/// Strings for element values, with values of up to eight ASCII bytes (qualifiers, codes,
/// procedure codes, amounts, dates) shared instead of allocated each time. The cache is
/// bounded so hostile input cannot grow it without limit.
/// </summary>
internal static class Codes
{
    private const int MaxEntries = 16_384;
    private static readonly ConcurrentDictionary<Int128, string> Cache = new();
    private static int _count;

    public static string? Get(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        // Up to 8 bytes: codes, qualifiers, amounts and CCYYMMDD dates repeat across segments.
        if (value.Length > 8)
        {
            return Encoding.UTF8.GetString(value);
        }

        Int128 key = value.Length;
        foreach (var b in value)
        {
            if (b >= 0x80)
            {
                return Encoding.UTF8.GetString(value);
            }

            key = (key << 8) | b;
        }

        if (Cache.TryGetValue(key, out var s))
        {
            return s;
        }

        s = Encoding.ASCII.GetString(value);
        if (Volatile.Read(ref _count) < MaxEntries && Cache.TryAdd(key, s))
        {
            Interlocked.Increment(ref _count);
        }

        return s;
    }
}
