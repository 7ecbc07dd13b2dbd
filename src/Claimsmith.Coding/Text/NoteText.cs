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

    public static NoteText Parse(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
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
                string lower;
                if (len <= buffer.Length)
                {
                    var n = text.AsSpan(start, len).ToLowerInvariant(buffer);
                    lower = WordPool.Get(buffer[..n]);
                }
                else
                {
                    lower = text.Substring(start, len).ToLowerInvariant();
                }

                tokens.Add(new Token(start, len, lower, WordPool.StemOf(lower), sentence));
                continue;
            }

            var boundary = c is '\n' or ';' or '?' or '!' ||
                (c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
            if (boundary && tokens.Count > sentenceStart)
            {
                sentences.Add((sentenceStart, tokens.Count));
                sentenceStart = tokens.Count;
                sentence++;
            }

            i++;
        }

        if (tokens.Count > sentenceStart)
        {
            sentences.Add((sentenceStart, tokens.Count));
        }

        var array = tokens.ToArray();
        var assertions = AssertionDetector.Detect(text, array, sentences);
        return new NoteText(text, array, [.. sentences], assertions);
    }
}
