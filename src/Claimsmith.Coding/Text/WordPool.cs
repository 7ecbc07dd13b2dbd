using System.Collections.Concurrent;

namespace Claimsmith.Coding.Text;

/// <summary>
/// Interned lower-case words and their stems, so parsing allocates little. One lookup per
/// token gives both the word and its stem. The size is tracked in a counter of its own:
/// <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock of the dictionary,
/// which made each token wait on the others when it was checked per token.
/// </summary>
internal static class WordPool
{
    private const int MaxWords = 500_000;

    private static readonly ConcurrentDictionary<string, Word> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _count;

    /// <summary>A pooled word and its stem.</summary>
    internal sealed record Word(string Lower, string Stem);

    /// <summary>The pooled word for <paramref name="lower"/> (already lower case).</summary>
    public static Word Get(ReadOnlySpan<char> lower)
    {
        if (Lookup.TryGetValue(lower, out var w))
        {
            return w;
        }

        var str = lower.ToString();
        var word = new Word(str, Stemmer.Stem(str));
        if (Volatile.Read(ref _count) >= MaxWords)
        {
            // A pathological stream of distinct words: stop pooling rather than grow without bound.
            return word;
        }

        if (Words.TryAdd(str, word))
        {
            Interlocked.Increment(ref _count);
            return word;
        }

        return Words.TryGetValue(str, out var existing) ? existing : word;
    }

    /// <summary>The stem of a lower-case word (pooled).</summary>
    public static string StemOf(string lower) => Get(lower).Stem;
}
