using Claimsmith.CodeSets.Codes;

namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// Reads a customer's licensed CPT code and descriptor file, as the AMA distributes them
/// (<c>LONGULT.txt</c>, <c>MEDU.txt</c>, ...): one code per line, the code, then a tab (or a
/// pipe, or spaces), then the descriptor. Lines starting with <c>#</c> are comments. CPT
/// descriptors are AMA copyright: Claimsmith never ships them, it only imports the customer's.
/// </summary>
internal static class CptFileReader
{
    public static List<(int Line, string Code, string Descriptor)> Read(TextReader reader, IssueList issues)
    {
        var result = new List<(int, string, string)>();
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var span = line.AsSpan().TrimStart();
            if (span.Length < 6 || !HcpcsCode.TryParse(span[..5], out var code) || !code.IsCpt)
            {
                issues.Error("cpt.bad-code", lineNo, $"a line should start with a five-character CPT code, found '{(line.Length > 12 ? line[..12] : line)}'");
                continue;
            }

            var sep = span[5];
            if (sep is not ('\t' or '|' or ' ' or ','))
            {
                issues.Error("cpt.bad-separator", lineNo, "the code should be followed by a tab, a pipe, a comma or spaces");
                continue;
            }

            var descriptor = span[6..].Trim().Trim('"').ToString();
            if (descriptor.Length == 0)
            {
                issues.Error("cpt.no-descriptor", lineNo, $"{code} has no descriptor");
                continue;
            }

            result.Add((lineNo, code.Value, descriptor));
        }

        return result;
    }
}
