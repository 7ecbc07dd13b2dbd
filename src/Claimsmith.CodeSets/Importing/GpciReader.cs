using System.Globalization;
using Claimsmith.CodeSets.Internal;

namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// Reads the GPCI addendum (<c>GPCIyyyy.csv</c>): title lines, a heading row naming
/// <c>Locality Number</c>, then Medicare contractor, state, locality number, locality name, work
/// (PW), practice expense (PE) and malpractice (MP) GPCIs; footnotes follow the table.
/// </summary>
internal static class GpciReader
{
    public static List<BuildGpci> Read(TextReader reader, IssueList issues)
    {
        var csv = new Csv(reader);
        var result = new List<BuildGpci>();
        var inData = false;
        while (csv.Next(out var error) is { } row)
        {
            if (error is not null)
            {
                issues.Error("gpci.bad-csv", csv.Line, error);
                break;
            }

            if (!inData)
            {
                inData = row.Count >= 7 && row.Any(f => f.Contains("Locality Number", StringComparison.OrdinalIgnoreCase));
                continue;
            }

            var mac = row[0].Trim();
            if (mac.Length == 0 || !mac.All(char.IsAsciiDigit))
            {
                continue; // footnotes and blank lines after the table
            }

            if (row.Count < 7)
            {
                issues.Error("gpci.too-few-columns", csv.Line, $"a locality row has {row.Count} columns, expected 7");
                continue;
            }

            if (!TryDecimal(row[4], out var work) || !TryDecimal(row[5], out var pe) || !TryDecimal(row[6], out var mp))
            {
                issues.Error("gpci.bad-number", csv.Line, $"the GPCIs of locality {row[2]} are not numbers");
                continue;
            }

            result.Add(new BuildGpci(mac, row[1].Trim(), row[2].Trim(), row[3].Trim(), work, pe, mp));
        }

        if (!inData)
        {
            issues.Error("gpci.no-header", 0, "no heading row naming 'Locality Number' was found");
        }

        return result;
    }

    private static bool TryDecimal(string s, out decimal value) =>
        decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
