using Claimsmith.CodeSets.Codes;
using Claimsmith.CodeSets.Internal;

namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// Reads the Medicare Physician Fee Schedule relative value file (<c>PPRRVUyyyy*.csv</c>): a few
/// title lines, a multi-line column heading ending with the row that starts <c>HCPCS,MOD,</c>, then
/// one row per code and modifier with 32 columns (RVUs, status, PC/TC, global days, pre/intra/post
/// fractions, multiple procedure, bilateral, assistant, co-surgeon and team indicators,
/// endoscopic base, conversion factor, ...).
/// </summary>
internal static class MpfsReader
{
    public const int ColumnCount = 32;

    public static List<BuildFee> Read(TextReader reader, IssueList issues)
    {
        var csv = new Csv(reader);
        var result = new List<BuildFee>(20_000);
        var inData = false;
        var seen = new HashSet<(string, string)>();
        while (csv.Next(out var error) is { } row)
        {
            if (error is not null)
            {
                issues.Error("mpfs.bad-csv", csv.Line, error);
                break;
            }

            if (!inData)
            {
                if (row.Count > 1 && row[0].Trim() == "HCPCS" && row[1].Trim() == "MOD")
                {
                    inData = true;
                }

                continue;
            }

            if (row.Count == 0 || row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (row.Count < 26)
            {
                issues.Error("mpfs.too-few-columns", csv.Line, $"a fee row has {row.Count} columns, expected {ColumnCount}");
                continue;
            }

            var code = row[0].Trim().ToUpperInvariant();
            if (!HcpcsCode.TryParse(code, out _) && code.Length == 5 && code.All(char.IsAsciiLetterOrDigit) && code.Contains("XXX", StringComparison.Ordinal))
            {
                // CMS lists services whose code is not assigned yet under placeholders such as GXXX1.
                issues.Warning("mpfs.placeholder-code", csv.Line, $"'{code}' is a placeholder, not a HCPCS code; the row is skipped");
                continue;
            }

            if (!HcpcsCode.TryParse(code, out _))
            {
                issues.Error("mpfs.bad-code", csv.Line, $"'{row[0]}' is not a HCPCS/CPT code");
                continue;
            }

            var mod = row[1].Trim().ToUpperInvariant();
            if (!seen.Add((code, mod)))
            {
                issues.Error("mpfs.duplicate", csv.Line, $"{code} {mod} appears twice");
                continue;
            }

            foreach (var col in (ReadOnlySpan<int>)[5, 6, 8, 10, 25])
            {
                if (!decimal.TryParse(row[col], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    issues.Error("mpfs.bad-number", csv.Line, $"column {col + 1} of {code} should be a number, found '{row[col]}'");
                    goto next;
                }
            }

            var fields = new string[ColumnCount];
            for (var i = 0; i < ColumnCount; i++)
            {
                fields[i] = i < row.Count ? row[i].Trim() : "";
            }

            result.Add(new BuildFee { Code = code, Modifier = mod, Description = fields[2].Length > 0 ? fields[2] : null, Fields = fields });
        next:;
        }

        if (!inData)
        {
            issues.Error("mpfs.no-header", 0, "no heading row starting 'HCPCS,MOD,' was found");
        }

        return result;
    }
}
