using System.Xml;
using System.Xml.Linq;
using Claimsmith.CodeSets.Encoder;

namespace Claimsmith.CodeSets.Importing;

internal sealed record TabularNote(NoteKind Kind, char Character, string Text);

internal sealed class TabularNode
{
    public required string Code { get; init; }

    public required string Description { get; init; }

    public required EntryKind Kind { get; init; }

    public List<TabularNote> Notes { get; } = [];

    public bool Placeholder { get; init; }

    /// <summary>For a diag: the id of its section; for a section: its chapter's name.</summary>
    public string? Container { get; init; }
}

internal sealed class TabularData
{
    public List<TabularNode> Chapters { get; } = [];

    public List<TabularNode> Sections { get; } = [];

    /// <summary>Diagnosis nodes by dotless code.</summary>
    public Dictionary<string, TabularNode> Diagnoses { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Reads the ICD-10-CM Tabular List XML (<c>icd10cm_tabular_YYYY.xml</c>, schema
/// <c>icd-10-cm-tabular-YYYY.xsd</c>): <c>chapter</c> &gt; <c>section</c> &gt; nested <c>diag</c>, each
/// with its instructional notes.
/// </summary>
internal static class TabularReader
{
    private static readonly Dictionary<string, NoteKind> NoteElements = new(StringComparer.Ordinal)
    {
        ["inclusionTerm"] = NoteKind.InclusionTerm,
        ["includes"] = NoteKind.Includes,
        ["excludes1"] = NoteKind.Excludes1,
        ["excludes2"] = NoteKind.Excludes2,
        ["codeFirst"] = NoteKind.CodeFirst,
        ["useAdditionalCode"] = NoteKind.UseAdditionalCode,
        ["codeAlso"] = NoteKind.CodeAlso,
        ["notes"] = NoteKind.Note,
        ["sevenChrNote"] = NoteKind.SeventhCharacterNote,
    };

    public static TabularData Read(Stream stream, IssueList issues)
    {
        var data = new TabularData();
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            issues.Error("tabular.malformed-xml", ex.LineNumber, ex.Message);
            return data;
        }

        var root = doc.Root;
        if (root is null || root.Name.LocalName != "ICD10CM.tabular")
        {
            issues.Error("tabular.wrong-root", 1, $"expected root element ICD10CM.tabular, found {root?.Name.LocalName ?? "nothing"}");
            return data;
        }

        foreach (var chapter in root.Elements("chapter"))
        {
            var name = chapter.Element("name")?.Value.Trim();
            if (string.IsNullOrEmpty(name))
            {
                issues.Error("tabular.chapter-without-name", LineOf(chapter), "a chapter has no name");
                continue;
            }

            var node = new TabularNode { Code = name, Description = Text(chapter.Element("desc")), Kind = EntryKind.Chapter };
            ReadNotes(chapter, node);
            data.Chapters.Add(node);
            foreach (var section in chapter.Elements("section"))
            {
                var id = section.Attribute("id")?.Value.Trim();
                if (string.IsNullOrEmpty(id))
                {
                    issues.Error("tabular.section-without-id", LineOf(section), "a section has no id attribute");
                    continue;
                }

                var sectionNode = new TabularNode { Code = id, Description = Text(section.Element("desc")), Kind = EntryKind.Section, Container = name };
                ReadNotes(section, sectionNode);
                data.Sections.Add(sectionNode);
                foreach (var diag in section.Elements("diag"))
                {
                    ReadDiag(diag, id, data, issues);
                }
            }
        }

        if (data.Chapters.Count == 0 && !issues.HasErrors)
        {
            issues.Error("tabular.empty", 0, "the file has no chapters");
        }

        return data;
    }

    private static void ReadDiag(XElement diag, string sectionId, TabularData data, IssueList issues)
    {
        var name = diag.Element("name")?.Value.Trim();
        if (string.IsNullOrEmpty(name))
        {
            issues.Error("tabular.diag-without-name", LineOf(diag), "a diag element has no name");
            return;
        }

        var code = name.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        var node = new TabularNode
        {
            Code = code,
            Description = Text(diag.Element("desc")),
            Kind = EntryKind.Code,
            Placeholder = string.Equals(diag.Attribute("placeholder")?.Value, "true", StringComparison.OrdinalIgnoreCase),
            Container = sectionId,
        };
        ReadNotes(diag, node);
        if (!data.Diagnoses.TryAdd(code, node))
        {
            issues.Warning("tabular.duplicate-diag", LineOf(diag), $"{name} appears twice; the first is kept");
        }

        foreach (var child in diag.Elements("diag"))
        {
            ReadDiag(child, sectionId, data, issues);
        }
    }

    private static void ReadNotes(XElement element, TabularNode node)
    {
        foreach (var child in element.Elements())
        {
            var local = child.Name.LocalName;
            if (NoteElements.TryGetValue(local, out var kind))
            {
                foreach (var note in child.Elements("note"))
                {
                    var text = Text(note);
                    if (text.Length > 0)
                    {
                        node.Notes.Add(new TabularNote(kind, '\0', text));
                    }
                }
            }
            else if (local == "sevenChrDef")
            {
                var last = '\0';
                foreach (var item in child.Elements())
                {
                    if (item.Name.LocalName == "extension")
                    {
                        var c = item.Attribute("char")?.Value;
                        last = string.IsNullOrEmpty(c) ? '\0' : char.ToUpperInvariant(c[0]);
                        node.Notes.Add(new TabularNote(NoteKind.SeventhCharacter, last, Text(item)));
                    }
                    else if (item.Name.LocalName == "note" && last != '\0')
                    {
                        // A note inside sevenChrDef gives a synonym of the preceding extension (S72: "initial encounter for open fracture NOS" under B).
                        node.Notes.Add(new TabularNote(NoteKind.SeventhCharacter, last, Text(item)));
                    }
                }
            }
        }
    }

    private static string Text(XElement? e) => e is null ? "" : string.Join(' ', e.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int LineOf(XElement e) => ((IXmlLineInfo)e).HasLineInfo() ? ((IXmlLineInfo)e).LineNumber : 0;
}
