using Claimsmith.CodeSets.Importing;
using Claimsmith.Edits.Internal;

namespace Claimsmith.Edits.Ncci;

/// <summary>
/// Medically unlikely edits of one table (practitioner, outpatient hospital, DME supplier), read
/// from CMS's quarterly CSV: a multi-line copyright header, then HCPCS/CPT code, MUE value, MUE
/// adjudication indicator ("1 Line Edit", "2 Date of Service Edit: Policy", "3 Date of Service
/// Edit: Clinical"), MUE rationale.
/// </summary>
public sealed class MueTable
{
    private readonly Dictionary<int, MueEdit> _edits = [];

    /// <summary>Number of codes with an MUE.</summary>
    public int Count => _edits.Count;

    /// <summary>Adds or replaces the MUE of a code.</summary>
    public void Add(MueEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var k = CodeKey.Of(edit.Code);
        if (k == CodeKey.None)
        {
            throw new ArgumentException($"'{edit.Code}' is not a HCPCS code.", nameof(edit));
        }

        _edits[k] = edit;
    }

    /// <summary>The MUE of a code, or null.</summary>
    public MueEdit? Find(string code) => Find(CodeKey.Of(code));

    internal MueEdit? Find(int key) => key != CodeKey.None && _edits.TryGetValue(key, out var e) ? e : null;

    /// <summary>Reads an MUE CSV into this table; bad rows are reported and skipped, never thrown.</summary>
    public IReadOnlyList<ImportIssue> Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var issues = new List<ImportIssue>();
        var lineNo = 0;
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            var f = SplitCsv(line);
            if (f.Count < 3 || CodeKey.Of(f[0]) == CodeKey.None)
            {
                // Copyright header lines and the column titles.
                continue;
            }

            if (!int.TryParse(f[1].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var units))
            {
                issues.Add(new ImportIssue("mue.value-invalid", fileName, lineNo, $"MUE value '{f[1]}' is not a whole number", IsError: false));
                continue;
            }

            var ind = f[2].TrimStart();
            MueAdjudication adj;
            if (ind.StartsWith('1'))
            {
                adj = MueAdjudication.Line;
            }
            else if (ind.StartsWith('2'))
            {
                adj = MueAdjudication.DateOfServicePolicy;
            }
            else if (ind.StartsWith('3'))
            {
                adj = MueAdjudication.DateOfServiceClinical;
            }
            else
            {
                issues.Add(new ImportIssue("mue.indicator-invalid", fileName, lineNo, $"adjudication indicator '{f[2]}' does not start with 1, 2 or 3", IsError: false));
                continue;
            }

            Add(new MueEdit(f[0].Trim().ToUpperInvariant(), units, adj, f.Count > 3 ? f[3].Trim() : ""));
            rows++;
        }

        if (rows == 0)
        {
            issues.Add(new ImportIssue("mue.empty", fileName, 0, "no MUE rows found (is this a CMS MUE file?)"));
        }

        return issues;
    }

    /// <summary>Reads an MUE file from disk.</summary>
    public IReadOnlyList<ImportIssue> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    // RFC 4180 fields: quoted fields may hold commas and doubled quotes.
    private static List<string> SplitCsv(string line)
    {
        var result = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                result.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        result.Add(sb.ToString());
        return result;
    }
}
