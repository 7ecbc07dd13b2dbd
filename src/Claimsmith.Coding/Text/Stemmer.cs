namespace Claimsmith.Coding.Text;

/// <summary>
/// A light suffix stripper: enough to make "diabetes"/"diabetic", "nephritis"/"nephritic",
/// "hypertension"/"hypertensive" meet, without conflating "hypertension" and "hypertrophy".
/// </summary>
internal static class Stemmer
{
    private static readonly string[] Suffixes =
    [
        "ations", "ation", "ities", "ity", "ions", "ion", "ives", "ive", "ics", "ic", "ies", "ial", "ia",
        "es", "is", "al", "ous", "ed", "ing", "ly", "s", "e", "y",
    ];

    private const int MaxLength = 8;

    public static string Stem(string lower)
    {
        if (lower.Length <= 3 || char.IsAsciiDigit(lower[0]))
        {
            return lower;
        }

        var s = lower;
        foreach (var suffix in Suffixes)
        {
            if (s.Length - suffix.Length >= 3 && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                if (suffix == "s" && (s.EndsWith("ss", StringComparison.Ordinal) || s.EndsWith("us", StringComparison.Ordinal)))
                {
                    continue;
                }

                s = s[..^suffix.Length];
                break;
            }
        }

        return s.Length > MaxLength ? s[..MaxLength] : s;
    }
}
