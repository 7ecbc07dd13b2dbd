using System.Globalization;

namespace Claimsmith.Web.Settings;

/// <summary>
/// Reads a fee schedule CSV: <c>code,modifier,amount,from,to</c> per line (RFC 4180 quoting; an
/// optional header line starting with <c>code</c>; dates yyyy-MM-dd; modifier and to may be
/// empty). Malformed lines give issues naming the line and column, never an exception; the
/// caller decides that one issue stops the whole import.
/// </summary>
internal static class FeeScheduleCsv
{
    /// <summary>One data line, its fields parsed as far as they could be (null where not).</summary>
    internal sealed record Row(int Line, string? Code, string? Modifier, decimal? Amount, DateOnly? From, DateOnly? To);

    /// <summary>A problem of the file at a line and column (<c>line 3, column 3 (amount)</c>).</summary>
    internal sealed record Issue(string Code, string Location, string Message);

    internal sealed record Result(IReadOnlyList<Row> Rows, IReadOnlyList<Issue> Issues);

    private static readonly string[] Columns = ["code", "modifier", "amount", "from", "to"];

    public static Result Parse(string text, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<Row>();
        var issues = new List<Issue>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || (rows.Count == 0 && issues.Count == 0 && line.StartsWith("code", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (rows.Count >= maxRows)
            {
                issues.Add(new Issue("csv.too-many-rows", $"line {number}", $"At most {maxRows} rows per import: split the file."));
                break;
            }

            if (!TrySplit(line, out var fields))
            {
                issues.Add(new Issue("csv.quote", $"line {number}", "A quoted field is not closed."));
                continue;
            }

            if (fields.Count is < 4 or > 5)
            {
                issues.Add(new Issue("csv.columns", $"line {number}", $"{fields.Count} column(s); a line has 5: code,modifier,amount,from,to (to may be empty)."));
                continue;
            }

            string Where(int column) => $"line {number}, column {column + 1} ({Columns[column]})";
            decimal? amount = null;
            if (fields[2].Length > 0)
            {
                if (decimal.TryParse(fields[2].TrimStart('$'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var a))
                {
                    amount = a;
                }
                else
                {
                    issues.Add(new Issue("csv.amount", Where(2), $"'{fields[2]}' is not an amount: write dollars and cents, e.g. 125.00."));
                }
            }

            DateOnly? Date(int column)
            {
                var value = column < fields.Count ? fields[column] : "";
                if (value.Length == 0)
                {
                    return null;
                }

                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return d;
                }

                issues.Add(new Issue("csv.date", Where(column), $"'{value}' is not a date: write yyyy-MM-dd, e.g. 2026-01-01."));
                return null;
            }

            var from = Date(3);
            var to = Date(4);
            // A field that failed to parse was reported above; passing null on would report it twice as missing.
            if (issues.Any(x => x.Location.StartsWith($"line {number},", StringComparison.Ordinal)))
            {
                continue;
            }

            rows.Add(new Row(number, fields[0], fields[1].Length == 0 ? null : fields[1], amount, from, to));
        }

        return new Result(rows, issues);
    }

    /// <summary>Splits one line on commas; fields may be quoted ("a,b" and "" for a quote).</summary>
    private static bool TrySplit(string line, out List<string> fields)
    {
        fields = [];
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return !quoted;
    }
}
