namespace Claimsmith.CodeSets.Internal;

/// <summary>Splits descriptions and queries into lower-case word tokens for the search index.</summary>
internal static class Tokenizer
{
    // Words too frequent to rank by; "with"/"without" stay (they change the meaning of ICD-10-CM titles, guideline I.A.15).
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "in", "to", "for", "by", "a", "an", "or", "at", "as", "on", "is", "from", "due", "other",
    };

    public static void Tokenize(ReadOnlySpan<char> text, List<string> into)
    {
        Span<char> buffer = stackalloc char[64];
        var n = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (n < buffer.Length)
                {
                    buffer[n++] = char.ToLowerInvariant(c);
                }

                continue;
            }

            if (n > 0)
            {
                var token = buffer[..n];
                // Single letters carry no meaning ("Alzheimer's" -> "s"); single digits do ("type 2").
                if (n > 1 || char.IsDigit(token[0]))
                {
                    var s = new string(token);
                    if (!StopWords.Contains(s))
                    {
                        into.Add(s);
                    }
                }

                n = 0;
            }
        }
    }

    public static bool IsStopWord(string token) => StopWords.Contains(token);

    // Words that say a code is the general one rather than narrowing it; they do not count against a title's focus.
    private static readonly HashSet<string> Neutral = new(StringComparer.Ordinal)
    {
        "unspecified", "specified", "not", "site", "nos", "elsewhere", "classified", "nec", "type",
    };

    public static bool IsNeutral(string token) => Neutral.Contains(token);

    /// <summary>The first word of a text, lower case, or null when it is a stop word (it is then no head term).</summary>
    public static string? LeadWord(string text)
    {
        var span = text.AsSpan().TrimStart();
        var end = 0;
        while (end < span.Length && char.IsLetterOrDigit(span[end]))
        {
            end++;
        }

        if (end == 0)
        {
            return null;
        }

        var word = span[..end].ToString().ToLowerInvariant();
        return StopWords.Contains(word) ? null : word;
    }
}
