namespace Claimsmith.CodeSets.Importing;

/// <summary>One line of a CMS order file.</summary>
internal readonly record struct OrderLine(int Line, string Code, bool Billable, string Short, string Long);

/// <summary>
/// Reads the ICD-10-CM / ICD-10-PCS order files (icd10OrderFiles.pdf): fixed width, order number
/// in columns 1-5, code 7-13, billable flag 15 (1 = valid for a claim, 0 = header), short
/// description 17-76, long description 78 to the end.
/// </summary>
internal static class OrderFileReader
{
    public static List<OrderLine> Read(TextReader reader, IssueList issues, Func<string, bool> codeShape)
    {
        var result = new List<OrderLine>(100_000);
        var lineNo = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length < 78)
            {
                issues.Error("order.line-too-short", lineNo, $"line has {line.Length} characters; an order-file line has the long description from column 78");
                continue;
            }

            if (!int.TryParse(line.AsSpan(0, 5), out _) || line[5] != ' ')
            {
                issues.Error("order.bad-order-number", lineNo, $"columns 1-5 should be the order number, found '{line[..5]}'");
                continue;
            }

            var code = line.Substring(6, 7).TrimEnd();
            if (code.Length == 0 || !codeShape(code))
            {
                issues.Error("order.bad-code", lineNo, $"columns 7-13 should be a code, found '{line.Substring(6, 7)}'");
                continue;
            }

            var flag = line[14];
            if (flag is not ('0' or '1'))
            {
                issues.Error("order.bad-billable-flag", lineNo, $"column 15 should be the billable flag 0 or 1, found '{flag}'");
                continue;
            }

            if (!seen.Add(code))
            {
                issues.Error("order.duplicate-code", lineNo, $"code {code} appears twice");
                continue;
            }

            result.Add(new OrderLine(lineNo, code, flag == '1', line.Substring(16, 60).TrimEnd(), line[77..].TrimEnd()));
        }

        if (result.Count == 0 && !issues.HasErrors)
        {
            issues.Error("order.empty", 0, "the file has no codes");
        }

        return result;
    }
}
