using System.Collections.Concurrent;

namespace Claimsmith.Coding.Text;

/// <summary>Interned lower-case words and their stems, so parsing allocates little.</summary>
internal static class WordPool
{
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Get(ReadOnlySpan<char> lower)
    {
        if (Lookup.TryGetValue(lower, out var s))
        {
            return s;
        }

        if (Words.Count > 500_000)
        {
            return lower.ToString();
        }

        var str = lower.ToString();
        return Words.GetOrAdd(str, str);
    }

    public static string StemOf(string lower) =>
        Stems.Count > 500_000 ? Stemmer.Stem(lower) : Stems.GetOrAdd(lower, Stemmer.Stem);
}
