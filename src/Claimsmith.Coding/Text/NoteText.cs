using System.Buffers;

namespace Claimsmith.Coding.Text;

/// <summary>
/// A note split into tokens and sentences, with each token's assertion (negated, family,
/// historical, ...) worked out once so every matched term can look it up.
/// </summary>
internal sealed class NoteText
{
    private NoteText(string text, Token[] tokens, (int First, int End)[] sentences, Assertion[] assertions)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Assertions = assertions;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    /// <summary>Token ranges [First, End) of each sentence.</summary>
    public (int First, int End)[] Sentences { get; }

    /// <summary>The assertion governing each token.</summary>
    public Assertion[] Assertions { get; }

    private (string Gram, int Token)[]? _grams;

    /// <summary>
    /// Distinct stems and same-sentence stem bigrams (stop words skipped), each with the token
    /// where it first ends; built once and shared by every learned statistic that reads them.
    /// </summary>
    public (string Gram, int Token)[] Grams => _grams ??= BuildGrams();

    private (string Gram, int Token)[] BuildGrams()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string, int)>(Tokens.Length * 2);
        string? previous = null;
        var prevSentence = -1;
        for (var i = 0; i < Tokens.Length; i++)
        {
            var t = Tokens[i];
            if (Vocabulary.StopWords.Contains(t.Lower) || t.Lower.Length < 2)
            {
                continue;
            }

            if (seen.Add(t.Stem))
            {
                result.Add((t.Stem, i));
            }

            if (previous is not null && prevSentence == t.Sentence)
            {
                var bigram = string.Concat(previous, " ", t.Stem);
                if (seen.Add(bigram))
                {
                    result.Add((bigram, i));
                }
            }

            previous = t.Stem;
            prevSentence = t.Sentence;
        }

        return [.. result];
    }

    /// <summary>Returns a token buffer to the pool without the word references it held.</summary>
    private static void Release(Token[] buffer, int used)
    {
        buffer.AsSpan(0, used).Clear();
        ArrayPool<Token>.Shared.Return(buffer);
    }

    public static NoteText Parse(string text)
    {
        // Tokens gather in a pooled buffer and are copied once into an exact array: a list sized by
        // guess would allocate its buffer and then the copy for every note.
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        var count = 0;
        var sentences = new List<(int, int)>();
        var sentenceStart = 0;
        var sentence = 0;
        var i = 0;
        Span<char> buffer = stackalloc char[64];
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                var len = i - start;
                WordPool.Word word;
                if (len <= buffer.Length)
                {
                    var n = text.AsSpan(start, len).ToLowerInvariant(buffer);
                    word = WordPool.Get(buffer[..n]);
                }
                else
                {
                    word = WordPool.Unpooled(text.Substring(start, len).ToLowerInvariant());
                }

                if (count == tokens.Length)
                {
                    var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                    tokens.AsSpan(0, count).CopyTo(larger);
                    Release(tokens, count);
                    tokens = larger;
                }

                tokens[count++] = new Token(start, len, word.Lower, word.Stem, sentence, word.StemId, word.IsStopWord);
                continue;
            }

            var boundary = c is '\n' or ';' or '?' or '!' ||
                (c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
            if (boundary && count > sentenceStart)
            {
                sentences.Add((sentenceStart, count));
                sentenceStart = count;
                sentence++;
            }

            i++;
        }

        if (count > sentenceStart)
        {
            sentences.Add((sentenceStart, count));
        }

        var array = tokens.AsSpan(0, count).ToArray();
        Release(tokens, count);
        var assertions = AssertionDetector.Detect(text, array, sentences);
        return new NoteText(text, array, [.. sentences], assertions);
    }
}
