using System.Globalization;

namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// Reads CMS's annual alpha-numeric HCPCS file (<c>HCPCyyyy_..._ANWEB.txt</c>), fixed-width
/// records of 320 characters per the <c>HCPCyyyy_recordlayout</c>: HCPC 1-5 (a modifier in 4-5),
/// sequence number 6-10, record identification 11 (3 = first line of a procedure, 4 = its
/// continuation, 7 = first line of a modifier, 8 = its continuation), long description 12-91,
/// short description 92-119, ... coverage code 230, ... add date 269-276, action effective date
/// 277-284, termination date 285-292, action code 293 (dates CCYYMMDD).
/// </summary>
internal static class HcpcsAnnualFileReader
{
    // 0-based starts and lengths from the record layout.
    private const int CodeStart = 0, CodeLength = 5;
    private const int RecordIdAt = 10;
    private const int LongStart = 11, LongLength = 80;
    private const int ShortStart = 91, ShortLength = 28;
    private const int AddDateStart = 268, ActionDateStart = 276, TermDateStart = 284, DateLength = 8;
    private const int ActionAt = 292;

    public static List<HcpcsAnnualRecord> Read(TextReader reader, IssueList issues)
    {
        var result = new List<HcpcsAnnualRecord>();
        string? code = null;
        var isModifier = false;
        var longDesc = new System.Text.StringBuilder();
        string shortDesc = "", action = "";
        DateOnly? add = null, eff = null, term = null;
        var lineNo = 0;

        void Flush()
        {
            if (code is not null)
            {
                result.Add(new HcpcsAnnualRecord(code, isModifier, longDesc.ToString().Trim(), shortDesc, add, eff, term, action));
            }

            code = null;
            longDesc.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.Length <= LongStart)
            {
                issues.Error("hcpcs.line-too-short", lineNo, $"a record has {line.Length} characters; the long description starts at column {LongStart + 1}");
                continue;
            }

            var recordCode = line.Substring(CodeStart, CodeLength).Trim().ToUpperInvariant();
            var recordId = line[RecordIdAt];
            if (recordId is not ('3' or '4' or '7' or '8'))
            {
                issues.Error("hcpcs.bad-record-id", lineNo, $"column 11 should be the record identification 3, 4, 7 or 8, found '{recordId}'");
                continue;
            }

            if (recordCode.Length is not (2 or 5) || !recordCode.All(char.IsAsciiLetterOrDigit))
            {
                issues.Error("hcpcs.bad-code", lineNo, $"columns 1-5 should be a HCPCS code or modifier, found '{line[..5]}'");
                continue;
            }

            // Continuation records may end after their part of the long description.
            var text = line.Substring(LongStart, Math.Min(LongLength, line.Length - LongStart)).TrimEnd();
            if (recordId is '4' or '8')
            {
                if (code != recordCode)
                {
                    issues.Error("hcpcs.orphan-continuation", lineNo, $"continuation record for {recordCode} does not follow its first record");
                    continue;
                }

                longDesc.Append(' ').Append(text.Trim());
                continue;
            }

            Flush();
            code = recordCode;
            isModifier = recordId == '7';
            longDesc.Append(text.Trim());
            shortDesc = line.Length > ShortStart ? line.Substring(ShortStart, Math.Min(ShortLength, line.Length - ShortStart)).Trim() : "";
            add = Date(line, AddDateStart, lineNo, issues);
            eff = Date(line, ActionDateStart, lineNo, issues);
            term = Date(line, TermDateStart, lineNo, issues);
            action = line.Length > ActionAt ? line[ActionAt].ToString().Trim() : "";
        }

        Flush();
        return result;
    }

    private static DateOnly? Date(string line, int start, int lineNo, IssueList issues)
    {
        if (line.Length < start + DateLength)
        {
            return null;
        }

        var s = line.AsSpan(start, DateLength).Trim();
        if (s.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        issues.Error("hcpcs.bad-date", lineNo, $"columns {start + 1}-{start + DateLength} should be a date CCYYMMDD, found '{s}'");
        return null;
    }
}
