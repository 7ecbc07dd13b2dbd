using System.Text.RegularExpressions;

namespace Claimsmith.CodeSets.Encoder;

/// <summary>
/// A code or code range cited in an instructional note: <c>(E08.-)</c> is the prefix <c>E08</c>,
/// <c>(N18.1-N18.6)</c> the range <c>N181</c>..<c>N186</c>, <c>(P70.2)</c> the code <c>P702</c>
/// and its children. Codes are dotless and upper case.
/// </summary>
/// <param name="From">First code of the range (or the prefix).</param>
/// <param name="To">Last code of the range (equal to <paramref name="From"/> for a single code or prefix).</param>
public readonly partial record struct CodeReference(string From, string To)
{
    /// <summary>True when <paramref name="dotlessCode"/> falls under this reference (the code itself, its children, or a code in the range).</summary>
    public bool Matches(ReadOnlySpan<char> dotlessCode)
    {
        if (From == To)
        {
            return dotlessCode.StartsWith(From, StringComparison.Ordinal);
        }

        // Ranges compare on the cited length: N18.1-N18.6 covers N18.30 through N18.6.
        var len = Math.Max(From.Length, To.Length);
        var head = dotlessCode.Length > len ? dotlessCode[..len] : dotlessCode;
        return head.CompareTo(From, StringComparison.Ordinal) >= 0
            && (head.CompareTo(To, StringComparison.Ordinal) <= 0 || dotlessCode.StartsWith(To, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b([A-Z](?:[0-9][0-9A-Z]|A[0-9])(?:\.[0-9A-Z]{1,4})?)(?:\.?-(?![A-Z]))?(?:\s*-\s*([A-Z](?:[0-9][0-9A-Z]|A[0-9])(?:\.[0-9A-Z]{1,4})?)(?:\.?-)?)?")]
    private static partial Regex Pattern();

    /// <summary>Finds the codes and ranges cited in a note's text.</summary>
    public static IReadOnlyList<CodeReference> Parse(string text)
    {
        var result = new List<CodeReference>();
        foreach (Match m in Pattern().Matches(text))
        {
            var from = m.Groups[1].Value.Replace(".", "", StringComparison.Ordinal);
            var to = m.Groups[2].Success ? m.Groups[2].Value.Replace(".", "", StringComparison.Ordinal) : from;
            result.Add(new CodeReference(from, to));
        }

        return result;
    }
}
