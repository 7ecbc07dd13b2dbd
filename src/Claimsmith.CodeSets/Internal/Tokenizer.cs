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
}
