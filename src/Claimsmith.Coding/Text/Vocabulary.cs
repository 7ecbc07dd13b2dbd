using System.Collections.Frozen;

namespace Claimsmith.Coding.Text;

/// <summary>Word lists shared by the matcher and the learned features.</summary>
internal static class Vocabulary
{
    /// <summary>Function words never used for matching.</summary>
    /// <remarks>Frozen: read for every token of every note by the matcher and the learned statistics.</remarks>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "a", "an", "of", "and", "or", "in", "on", "to", "was", "is", "were", "be", "by", "for", "at", "as", "from",
        "that", "this", "which", "his", "her", "he", "she", "it", "its", "are", "had", "has", "have", "with", "without",
        "but", "also", "into", "than", "then", "there", "their", "they", "we", "our", "after", "before", "during", "not",
        "no", "any", "all", "both", "due", "being", "been", "who", "whom",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Classification words that name no finding ("unspecified", "other", "NEC") and so must not be
    /// required in the note for a description to match.
    /// </summary>
    public static readonly HashSet<string> ClassificationWords = new(StringComparer.Ordinal)
    {
        "unspecified", "other", "specified", "elsewhere", "classified", "nos", "nec", "site", "sites", "type", "types",
        "part", "parts", "certain", "condition", "conditions", "mellitus", "encounter", "initial", "subsequent", "sequela",
        "region", "use", "code", "codes", "additional", "involving", "unsp", "oth", "w", "w/o", "wo",
    };

    public static bool IsMatchWord(string lower) =>
        lower.Length > 1 || char.IsAsciiDigit(lower[0]);
}
