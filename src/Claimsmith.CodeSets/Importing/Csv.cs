using System.Text;

namespace Claimsmith.CodeSets.Importing;

/// <summary>Minimal RFC 4180 CSV record reader (quoted fields, doubled quotes, quoted line breaks).</summary>
internal sealed class Csv(TextReader reader)
{
    private const int MaxRecordChars = 1 << 20;

    /// <summary>Line number (1-based) where the last returned record started.</summary>
    public int Line { get; private set; }

    private int _nextLine = 1;

    /// <summary>Reads the next record; null at end of input. Sets <paramref name="error"/> for an unterminated quote.</summary>
    public List<string>? Next(out string? error)
    {
        error = null;
        var line = reader.ReadLine();
        if (line is null)
        {
            return null;
        }

        Line = _nextLine++;
        var fields = new List<string>();
        var sb = new StringBuilder();
        var inQuotes = false;
        var i = 0;
        while (true)
        {
            if (i >= line.Length)
            {
                if (!inQuotes)
                {
                    break;
                }

                var more = reader.ReadLine();
                _nextLine++;
                if (more is null || sb.Length > MaxRecordChars)
                {
                    error = "a quoted field is not closed";
                    break;
                }

                sb.Append('\n');
                line = more;
                i = 0;
                continue;
            }

            var c = line[i++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i < line.Length && line[i] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"' && sb.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
