using System.Globalization;
using Claimsmith.CodeSets.Importing;
using Claimsmith.Edits.Internal;

namespace Claimsmith.Edits.Ncci;

/// <summary>
/// The NCCI procedure-to-procedure edits of one table (practitioner, or hospital outpatient),
/// read from CMS's quarterly files: tab-delimited text after a copyright header, columns
/// Column 1, Column 2, "*" (in existence prior to 1996), effective date YYYYMMDD, deletion date
/// YYYYMMDD or "*", modifier indicator 0/1/9, PTP edit rationale. Files split into parts are
/// read one after another into the same table.
/// </summary>
public sealed class PtpTable
{
    private readonly Dictionary<long, PtpEdit[]> _edits = [];

    /// <summary>Number of edits held.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an edit (programmatic tables and tests).</summary>
    public void Add(PtpEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var k1 = CodeKey.Of(edit.Column1);
        var k2 = CodeKey.Of(edit.Column2);
        if (k1 == CodeKey.None || k2 == CodeKey.None)
        {
            throw new ArgumentException($"'{edit.Column1}'/'{edit.Column2}' is not a pair of HCPCS codes.", nameof(edit));
        }

        var key = CodeKey.Pair(k1, k2);
        _edits[key] = _edits.TryGetValue(key, out var existing) ? [.. existing, edit] : [edit];
        Count++;
    }

    /// <summary>The edit for the pair in force on the date (column 1 first), or null.</summary>
    public PtpEdit? Find(string column1, string column2, DateOnly date) =>
        Find(CodeKey.Of(column1), CodeKey.Of(column2), date);

    internal PtpEdit? Find(int column1Key, int column2Key, DateOnly date)
    {
        if (column1Key == CodeKey.None || column2Key == CodeKey.None || !_edits.TryGetValue(CodeKey.Pair(column1Key, column2Key), out var list))
        {
            return null;
        }

        foreach (var e in list)
        {
            if (e.AppliesOn(date))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Reads a PTP file into this table; bad rows are reported and skipped, never thrown.</summary>
    public IReadOnlyList<ImportIssue> Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var issues = new List<ImportIssue>();
        var lineNo = 0;
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            var f = line.Split('\t');

            // The copyright header and column titles come first; data rows start with a code.
            if (f.Length < 6 || CodeKey.Of(f[0]) == CodeKey.None)
            {
                if (rows > 0 && line.Trim().Length > 0)
                {
                    issues.Add(new ImportIssue("ptp.row-malformed", fileName, lineNo, "expected Column 1, Column 2, *, effective date, deletion date, modifier indicator, rationale separated by tabs", IsError: false));
                }

                continue;
            }

            if (CodeKey.Of(f[1]) == CodeKey.None)
            {
                issues.Add(new ImportIssue("ptp.code-invalid", fileName, lineNo, $"column 2 '{f[1]}' is not a HCPCS code", IsError: false));
                continue;
            }

            if (!TryDate(f[3], out var effective))
            {
                issues.Add(new ImportIssue("ptp.date-invalid", fileName, lineNo, $"effective date '{f[3]}' is not YYYYMMDD", IsError: false));
                continue;
            }

            DateOnly? deletion = null;
            var del = f[4].Trim();
            if (del.Length > 0 && del != "*")
            {
                if (!TryDate(del, out var d))
                {
                    issues.Add(new ImportIssue("ptp.date-invalid", fileName, lineNo, $"deletion date '{del}' is not YYYYMMDD or *", IsError: false));
                    continue;
                }

                deletion = d;
            }

            var ind = f[5].Trim() switch
            {
                "0" => PtpModifierIndicator.NotAllowed,
                "1" => PtpModifierIndicator.Allowed,
                "9" => PtpModifierIndicator.NotApplicable,
                _ => (PtpModifierIndicator)255,
            };
            if ((byte)ind == 255)
            {
                issues.Add(new ImportIssue("ptp.indicator-invalid", fileName, lineNo, $"modifier indicator '{f[5]}' is not 0, 1 or 9", IsError: false));
                continue;
            }

            Add(new PtpEdit(f[0].Trim().ToUpperInvariant(), f[1].Trim().ToUpperInvariant(), effective, deletion, ind, f.Length > 6 ? f[6].Trim() : ""));
            rows++;
        }

        if (rows == 0)
        {
            issues.Add(new ImportIssue("ptp.empty", fileName, 0, "no PTP edit rows found (is this a CMS NCCI PTP file?)"));
        }

        return issues;
    }

    /// <summary>Reads a PTP file from disk.</summary>
    public IReadOnlyList<ImportIssue> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    internal static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
