using System.Globalization;
using System.Text.RegularExpressions;

namespace Claimsmith.CodeSets.Importing;

/// <summary>A code of a simple list (CARC, RARC, group codes) with its dates when the list gives them.</summary>
internal readonly record struct ListCode(int Line, string Code, string Description, DateOnly? Start, DateOnly? Stop);

/// <summary>
/// Reads the X12 code lists published as <c>Code,Description</c> CSV. In the RARC list the
/// dates run into the description (<c>...text.Start: 01/01/1997 | Stop: 08/01/2004Notes: ...</c>):
/// the description is the text before <c>Start:</c>, and the start and stop dates are kept.
/// </summary>
internal static partial class CodeListReader
{
    [GeneratedRegex(@"Start:\s*(\d{2}/\d{2}/\d{4})")]
    private static partial Regex StartPattern();

    [GeneratedRegex(@"Stop:\s*(\d{2}/\d{2}/\d{4})")]
    private static partial Regex StopPattern();

    public static List<ListCode> Read(TextReader reader, IssueList issues, int maxCodeLength)
    {
        var csv = new Csv(reader);
        var result = new List<ListCode>();
        var first = true;
        while (csv.Next(out var error) is { } row)
        {
            if (error is not null)
            {
                issues.Error("codes.bad-csv", csv.Line, error);
                break;
            }

            if (first)
            {
                first = false;
                if (row.Count < 2 || !row[0].Trim().Equals("Code", StringComparison.OrdinalIgnoreCase))
                {
                    issues.Error("codes.no-header", csv.Line, "the first line should be the heading 'Code,Description'");
                    return result;
                }

                continue;
            }

            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var code = row[0].Trim().ToUpperInvariant();
            if (row.Count < 2 || code.Length == 0 || code.Length > maxCodeLength || !code.All(char.IsAsciiLetterOrDigit))
            {
                issues.Error("codes.bad-row", csv.Line, $"expected a code of at most {maxCodeLength} letters/digits and a description, found '{string.Join(',', row)}'");
                continue;
            }

            var text = string.Join(',', row.Skip(1)).Trim();
            DateOnly? start = null, stop = null;
            var startMatch = StartPattern().Match(text);
            if (startMatch.Success)
            {
                start = ParseDate(startMatch.Groups[1].Value);
                text = text[..startMatch.Index].Trim();
            }

            var stopMatch = StopPattern().Match(row.Count > 1 ? string.Join(',', row.Skip(1)) : "");
            if (stopMatch.Success)
            {
                stop = ParseDate(stopMatch.Groups[1].Value);
            }

            result.Add(new ListCode(csv.Line, code, text, start, stop));
        }

        return result;
    }

    private static DateOnly? ParseDate(string s) =>
        DateOnly.TryParseExact(s, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
