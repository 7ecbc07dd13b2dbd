namespace Claimsmith.Edits.PayerRules;

/// <summary>A code condition of a payer rule: one code, a range or a prefix; compared dotless and upper case.</summary>
internal readonly record struct CodePattern(string From, string To, bool IsPrefix)
{
    public static bool TryParse(string text, out CodePattern pattern)
    {
        pattern = default;
        var t = text.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (t.Length == 0)
        {
            return false;
        }

        if (t.EndsWith('*'))
        {
            var p = t[..^1];
            pattern = new CodePattern(p, p, true);
            return p.Length > 0 && p.All(char.IsAsciiLetterOrDigit);
        }

        var dash = t.IndexOf('-', StringComparison.Ordinal);
        var from = dash < 0 ? t : t[..dash].Trim();
        var to = dash < 0 ? t : t[(dash + 1)..].Trim();
        pattern = new CodePattern(from, to, false);
        return from.Length > 0 && to.Length > 0 && from.All(char.IsAsciiLetterOrDigit) && to.All(char.IsAsciiLetterOrDigit) && string.CompareOrdinal(from, to) <= 0;
    }

    public bool Matches(ReadOnlySpan<char> dotlessUpper)
    {
        if (IsPrefix)
        {
            return dotlessUpper.StartsWith(From, StringComparison.Ordinal);
        }

        if (ReferenceEquals(From, To) || From == To)
        {
            return dotlessUpper.SequenceEqual(From);
        }

        // A range covers the children of its last code too (E11.0-E11.9 holds E11.65).
        var len = Math.Max(From.Length, To.Length);
        var head = dotlessUpper.Length > len ? dotlessUpper[..len] : dotlessUpper;
        return head.CompareTo(From, StringComparison.Ordinal) >= 0 && head.CompareTo(To, StringComparison.Ordinal) <= 0;
    }
}
