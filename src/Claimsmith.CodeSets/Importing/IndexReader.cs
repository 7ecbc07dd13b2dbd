using System.Text;
using System.Xml;
using System.Xml.Linq;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Internal;

namespace Claimsmith.CodeSets.Importing;

/// <summary>
/// Reads any file of schema <c>icd10cm-index-YYYY.xsd</c> (root <c>ICD10CM.index</c>): the
/// Alphabetic Index, the External Cause Index, the Table of Drugs and Chemicals and the Neoplasm
/// Table. <c>letter</c> &gt; <c>mainTerm</c> &gt; nested <c>term level="n"</c>; each term has a
/// <c>title</c> (with <c>nemod</c> nonessential modifiers), and optionally <c>code</c>, <c>manif</c>
/// (manifestation code printed in brackets after the etiology code), <c>see</c>, <c>seeAlso</c>,
/// and table <c>cell</c>s whose columns are named by <c>indexHeading</c>.
/// </summary>
internal static class IndexReader
{
    private const int MaxDepth = 12;

    public static List<BuildIndexTerm> Read(Stream stream, IndexSource source, IssueList issues)
    {
        var result = new List<BuildIndexTerm>();
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            issues.Error("index.malformed-xml", ex.LineNumber, ex.Message);
            return result;
        }

        var root = doc.Root;
        if (root is null || root.Name.LocalName != "ICD10CM.index")
        {
            issues.Error("index.wrong-root", 1, $"expected root element ICD10CM.index, found {root?.Name.LocalName ?? "nothing"}");
            return result;
        }

        var heads = new Dictionary<int, string>();
        foreach (var head in root.Element("indexHeading")?.Elements("head") ?? [])
        {
            if (int.TryParse(head.Attribute("col")?.Value, out var col))
            {
                heads[col] = Normalize(head.Value);
            }
        }

        var path = new List<string>();
        foreach (var letter in root.Elements("letter"))
        {
            foreach (var main in letter.Elements("mainTerm"))
            {
                ReadTerm(main, 0, path, heads, source, result, issues);
            }
        }

        return result;
    }

    private static void ReadTerm(XElement term, int depth, List<string> path, Dictionary<int, string> heads, IndexSource source, List<BuildIndexTerm> result, IssueList issues)
    {
        if (depth > MaxDepth)
        {
            issues.Error("index.too-deep", ((IXmlLineInfo)term).LineNumber, $"terms nest deeper than {MaxDepth} levels");
            return;
        }

        var title = TitleText(term.Element("title") ?? term.Element("diff"));
        if (title.Length == 0)
        {
            issues.Error("index.term-without-title", ((IXmlLineInfo)term).LineNumber, "a term has no title");
            return;
        }

        path.Add(title);
        var text = string.Join(", ", path);
        var code = NullIfEmpty(term.Element("code")?.Value);
        var manif = NullIfEmpty(term.Element("manif")?.Value);
        var see = NullIfEmpty(term.Element("see")?.Value) ?? NullIfEmpty(term.Element("seeAlso")?.Value);
        if (code is not null)
        {
            result.Add(new BuildIndexTerm(text, code, see, source, 0));
        }

        if (manif is not null)
        {
            // Guideline I.A.13: the manifestation code in brackets is sequenced after the etiology code.
            result.Add(new BuildIndexTerm(text + " [manifestation]", manif, see, source, 0));
        }

        if (code is null && manif is null && see is not null)
        {
            result.Add(new BuildIndexTerm(text, null, see, source, 0));
        }

        foreach (var cell in term.Elements("cell"))
        {
            var value = NullIfEmpty(cell.Value);
            if (value is null || value.Trim('-').Length == 0 || !int.TryParse(cell.Attribute("col")?.Value, out var col))
            {
                continue; // "--" and "-" mean no code in that column
            }

            var head = heads.GetValueOrDefault(col);
            result.Add(new BuildIndexTerm(head is null ? text : $"{text} ({head})", value, null, source, (byte)col));
        }

        foreach (var child in term.Elements("term"))
        {
            ReadTerm(child, depth + 1, path, heads, source, result, issues);
        }

        path.RemoveAt(path.Count - 1);
    }

    private static string TitleText(XElement? title)
    {
        if (title is null)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var node in title.Nodes())
        {
            if (node is XText t)
            {
                sb.Append(t.Value);
            }
            else if (node is XElement e)
            {
                // Nonessential modifiers are printed in parentheses after the term.
                sb.Append(' ').Append(e.Name.LocalName == "nemod" ? e.Value : e.Value).Append(' ');
            }
        }

        return Normalize(sb.ToString());
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfEmpty(string? s)
    {
        s = s?.Trim();
        return string.IsNullOrEmpty(s) ? null : Normalize(s);
    }
}
