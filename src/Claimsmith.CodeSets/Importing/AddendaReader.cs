namespace Claimsmith.CodeSets.Importing;

/// <summary>What an addenda line does.</summary>
internal enum AddendaAction
{
    Add,
    Delete,
    ReviseFrom,
    ReviseTo,
}

/// <summary>One line of an order addenda file.</summary>
internal readonly record struct AddendaLine(int Line, AddendaAction Action, string Code, bool? Billable, string Short, string Long);

/// <summary>
/// Reads the CMS order addenda (<c>icd10cm_order_addenda_YYYY.txt</c>, <c>order_addenda_YYYY.txt</c>
/// for PCS): each line is an action label padded to 13 characters (<c>Add:</c>, <c>Delete:</c>,
/// <c>Revise from:</c>, <c>Revise to:</c>) followed by the order-file layout without the order
/// number (ICD-10-CM keeps the billable flag, ICD-10-PCS does not). The file ends with a summary
/// of counts, which is not read.
/// </summary>
internal static class AddendaReader
{
    public static List<AddendaLine> Read(TextReader reader, IssueList issues)
    {
        var result = new List<AddendaLine>();
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            AddendaAction action;
            if (line.StartsWith("Add:", StringComparison.Ordinal))
            {
                action = AddendaAction.Add;
            }
            else if (line.StartsWith("Delete:", StringComparison.Ordinal))
            {
                action = AddendaAction.Delete;
            }
            else if (line.StartsWith("Revise from:", StringComparison.Ordinal))
            {
                action = AddendaAction.ReviseFrom;
            }
            else if (line.StartsWith("Revise to:", StringComparison.Ordinal))
            {
                action = AddendaAction.ReviseTo;
            }
            else if (result.Count > 0)
            {
                break; // the closing summary ("Headers", "Codes", counts)
            }
            else
            {
                issues.Error("addenda.bad-action", lineNo, $"expected Add:, Delete:, Revise from: or Revise to:, found '{Truncate(line)}'");
                continue;
            }

            if (line.Length < 15)
            {
                issues.Error("addenda.line-too-short", lineNo, "the line has no code after its action");
                continue;
            }

            var rest = line.AsSpan(13);
            bool? billable = null;
            var codeStart = 13;
            if (rest.Length > 2 && rest[0] is '0' or '1' && rest[1] == ' ')
            {
                billable = rest[0] == '1';
                codeStart = 15;
            }

            // Relative to the code: 7 columns of code, a space, 60 of short description, a space, the long description.
            var codeEnd = Math.Min(line.Length, codeStart + 7);
            var code = line[codeStart..codeEnd].Trim();
            if (code.Length < 3 || !code.All(char.IsAsciiLetterOrDigit))
            {
                issues.Error("addenda.bad-code", lineNo, $"expected a code in columns {codeStart + 1}-{codeStart + 7}, found '{code}'");
                continue;
            }

            var shortStart = codeStart + 8;
            var longStart = shortStart + 61;
            var shortDesc = line.Length > shortStart ? line.Substring(shortStart, Math.Min(60, line.Length - shortStart)).Trim() : "";
            var longDesc = line.Length > longStart ? line[longStart..].Trim() : shortDesc;
            result.Add(new AddendaLine(lineNo, action, code, billable, shortDesc, longDesc));
        }

        return result;
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "..." : s;
}
