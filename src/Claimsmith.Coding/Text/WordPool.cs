using System.Collections.Concurrent;

namespace Claimsmith.Coding.Text;

/// <summary>
/// Interned lower-case words and their stems, so parsing allocates little. One lookup per
/// token gives the word, its stem, the stem's number and whether the word is a stop word:
/// the matcher and the learned statistics then index arrays by stem number instead of
/// hashing stem strings again and again. The size is tracked in a counter of its own:
/// <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock of the dictionary,
/// which made each token wait on the others when it was checked per token.
/// </summary>
internal static class WordPool
{
    private const int MaxWords = 500_000;

    private static readonly ConcurrentDictionary<string, Word> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Stem numbers: dense from 0 in order of first sight, never reused, so a table built from the
    // stems a component knows (a vocabulary, corpus statistics) can be indexed by them; a number
    // at or past a table's length is a stem that table never had.
    private static readonly ConcurrentDictionary<string, int> StemNumbers = new(StringComparer.Ordinal);
    private static readonly Lock StemLock = new();

    private static int _count;

    /// <summary>
    /// A pooled word: its stem, the stem's number (-1 when the stem was never numbered, which
    /// only happens for words seen once the pool is full, whose stems no table knows) and
    /// whether the word is a function word (<see cref="Vocabulary.StopWords"/>).
    /// </summary>
    internal sealed record Word(string Lower, string Stem, int StemId, bool IsStopWord);

    /// <summary>Number of stems numbered so far (every stem number is below it).</summary>
    public static int StemCount => Volatile.Read(ref _stemCount);

    private static int _stemCount;

    /// <summary>The pooled word for <paramref name="lower"/> (already lower case).</summary>
    public static Word Get(ReadOnlySpan<char> lower)
    {
        if (Lookup.TryGetValue(lower, out var w))
        {
            return w;
        }

        var str = lower.ToString();
        if (Volatile.Read(ref _count) >= MaxWords)
        {
            // A pathological stream of distinct words: stop pooling rather than grow without bound.
            return Unpooled(str);
        }

        var stem = Stemmer.Stem(str);
        var word = new Word(str, stem, StemId(stem), Vocabulary.StopWords.Contains(str));
        if (Words.TryAdd(str, word))
        {
            Interlocked.Increment(ref _count);
            return word;
        }

        return Words.TryGetValue(str, out var existing) ? existing : word;
    }

    /// <summary>A word that is not pooled (too long for the parser's buffer, or the pool is full): its stem is numbered only if some table already knows it.</summary>
    public static Word Unpooled(string lower)
    {
        var stem = Stemmer.Stem(lower);
        return new Word(lower, stem, StemNumbers.TryGetValue(stem, out var id) ? id : -1, Vocabulary.StopWords.Contains(lower));
    }

    /// <summary>The stem of a lower-case word (pooled).</summary>
    public static string StemOf(string lower) => Get(lower).Stem;

    /// <summary>The number of <paramref name="stem"/>, numbering it when new (tables number the stems they know when built).</summary>
    public static int StemId(string stem)
    {
        if (StemNumbers.TryGetValue(stem, out var id))
        {
            return id;
        }

        lock (StemLock)
        {
            if (StemNumbers.TryGetValue(stem, out id))
            {
                return id;
            }

            id = _stemCount;
            StemNumbers[stem] = id;
            Volatile.Write(ref _stemCount, id + 1);
            return id;
        }
    }

    /// <summary>The number of <paramref name="stem"/>, or -1 when it has none (no table knows it).</summary>
    public static int FindStemId(string stem) => StemNumbers.TryGetValue(stem, out var id) ? id : -1;
}
