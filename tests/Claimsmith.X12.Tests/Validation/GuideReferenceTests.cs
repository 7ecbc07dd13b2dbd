using System.Xml.Linq;
using Claimsmith.CodeSets;
using Claimsmith.X12.Validation.Guides;
using Claimsmith.X12.Validation.Schema;

namespace Claimsmith.X12.Tests.Validation;

/// <summary>
/// Cross-checks Claimsmith's own guide tables (written by hand from the implementation guides)
/// against the machine-readable encoding of the guides in ../shared/data/x12/ig-reference: every
/// loop and segment of the reference must have a rule here with the same usage, repeat, qualifier
/// codes and element usages. Nothing is generated from the reference; it is only compared.
/// </summary>
public sealed class GuideReferenceTests
{
    /// <summary>Reference wrapper loops that are the transaction set body in our tables.</summary>
    private static readonly HashSet<string> BodyLoops = ["ST_LOOP", "HEADER", "DETAIL", "FOOTER"];

    public static TheoryData<string> Guides() => ["837P", "837I", "835"];

    [Theory]
    [MemberData(nameof(Guides))]
    public void OwnTables_MatchTheGuideReference(string guide)
    {
        var (file, schema) = guide switch
        {
            "837P" => ("837.5010.X222.A1.xml", Guide837P.Schema),
            "837I" => ("837Q3.I.5010.X223.A1.xml", Guide837I.Schema),
            _ => ("835.5010.X221.A1.xml", Guide835.Schema),
        };
        var data = ClaimsmithPaths.FindDataDirectory();
        var path = data is null ? null : Path.Combine(data, "x12", "ig-reference", file);
        if (path is null || !File.Exists(path))
        {
            Assert.Skip($"../shared/data/x12/ig-reference/{file} is absent (set CLAIMSMITH_DATA to cross-check the {guide} tables).");
        }

        var differences = Compare(XDocument.Load(path).Root!, schema);
        var accepted = GuideReferenceDeviations.For(guide);
        var unexplained = differences.Where(d => !accepted.ContainsKey(d)).ToList();
        var stale = accepted.Keys.Where(k => !differences.Contains(k)).ToList();
        Assert.True(unexplained.Count == 0, $"{unexplained.Count} difference(s) from the {guide} reference:\n" + string.Join("\n", unexplained));
        Assert.True(stale.Count == 0, "Accepted deviations that no longer occur (remove them):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Comparison_FindsADifferenceInATable()
    {
        // The comparison itself must be able to fail: a table whose CLP07 is situational differs
        // from a reference where CLP07 is required.
        var reference = XElement.Parse("""
            <transaction><loop xid="ST_LOOP"><usage>R</usage><repeat>1</repeat>
              <loop xid="2100"><usage>R</usage><repeat>&gt;1</repeat>
                <segment xid="CLP"><usage>R</usage><max_use>1</max_use>
                  <element xid="CLP01"><usage>R</usage><seq>01</seq></element>
                  <element xid="CLP07"><usage>R</usage><seq>02</seq></element>
                </segment>
              </loop>
            </loop></transaction>
            """);
        var ours = new TransactionSchema("835", "x", "x", G.RL("ST", "body", 1, G.RL("2100", "claim", G.Unbounded, G.R("CLP").U("R S"))));
        Assert.Equal(["2100 CLP element 02: usage R in the guide, S here"], Compare(reference, ours));
    }

    private static List<string> Compare(XElement reference, TransactionSchema schema)
    {
        var ours = new Dictionary<string, LoopRule>(StringComparer.Ordinal);
        Index(schema.Root, ours);
        var differences = new List<string>();
        // Segments of the reference mapped to each of our rules (a rule may cover several guide rows
        // that differ only by qualifier, e.g. REF with any of a list of qualifiers).
        var mapped = new Dictionary<SegmentRule, List<XElement>>();
        foreach (var loop in reference.Descendants("loop"))
        {
            var xid = (string)loop.Attribute("xid")!;
            if (xid is "ISA_LOOP" or "GS_LOOP")
            {
                continue;
            }

            var id = BodyLoops.Contains(xid) ? "ST" : xid;
            if (!ours.TryGetValue(id, out var rule))
            {
                differences.Add($"{id}: loop missing");
                continue;
            }

            if (id != "ST")
            {
                var usage = (string)loop.Element("usage")!;
                if (usage != Letter(rule.Usage) && !(xid == "2300" && loop.Parent?.Attribute("xid")?.Value == "2000C"))
                {
                    differences.Add($"{id}: loop usage {usage} in the guide, {Letter(rule.Usage)} here");
                }

                var repeat = Repeat((string)loop.Element("repeat")!);
                if (repeat != rule.MaxRepeat)
                {
                    differences.Add($"{id}: loop repeat {Show(repeat)} in the guide, {Show(rule.MaxRepeat)} here");
                }
            }

            foreach (var segment in loop.Elements("segment"))
            {
                var segId = (string)segment.Attribute("xid")!;
                if (segId is "ST" or "SE")
                {
                    continue;
                }

                var label = $"{id} {segId}{Qualifier(segment)}";
                var match = Match(rule, segment);
                if (match is null)
                {
                    differences.Add($"{label}: segment missing");
                    continue;
                }

                if (!mapped.TryGetValue(match, out var list))
                {
                    mapped[match] = list = [];
                }

                if (!list.Any(s => ReferenceEquals(s, segment)) && !list.Any(s => SameRow(s, segment)))
                {
                    list.Add(segment);
                }

            }
        }

        foreach (var (rule, segments) in mapped)
        {
            var label = $"{Owner(ours, rule)} {rule.Id}{(rule.QualifierCodes is null ? string.Empty : "*" + string.Join('/', rule.QualifierCodes.Order(StringComparer.Ordinal).Take(6)))}";
            var required = segments.Where(s => (string)s.Element("usage")! == "R").ToList();
            if (required.Count > 0 && required.Count < segments.Count)
            {
                // Guide rows of one segment at one position, some required: one rule that is required and
                // demands one of the required rows' qualifiers.
                var requiredCodes = required.SelectMany(s => QualifierCodes(s, rule)).ToHashSet(StringComparer.Ordinal);
                if (rule.Usage != Usage.Required || rule.RequiredQualifiers is null || !rule.RequiredQualifiers.SetEquals(requiredCodes))
                {
                    differences.Add($"{label}: required guide rows {string.Join('/', requiredCodes.Order(StringComparer.Ordinal))} among situational ones are not required here");
                }
            }
            else if ((required.Count > 0) != (rule.Usage == Usage.Required))
            {
                differences.Add($"{label}: segment usage {(required.Count > 0 ? "R" : "S")} in the guide, {Letter(rule.Usage)} here");
            }

            var max = segments.Select(s => Repeat((string)s.Element("max_use")!)).Aggregate(0L, (a, b) => Math.Min(int.MaxValue, a + b));
            if (max != rule.MaxUse)
            {
                differences.Add($"{label}: max use {Show((int)max)} in the guide, {Show(rule.MaxUse)} here");
            }

            // Element usages: a rule covering several guide rows is as strict as all of them agree on
            // (R when every row requires the element, N when no row uses it, S otherwise).
            var rows = segments.Select(Elements).ToList();
            var count = Math.Max(rows.Max(r => r.Count == 0 ? 0 : r.Keys.Max()), rule.Elements.Count);
            for (var p = 1; p <= count; p++)
            {
                var usages = rows.Select(r => r.TryGetValue(p, out var e) ? (string)e.Element("usage")! : "N").Distinct().ToList();
                var theirs = usages.Count == 1 ? usages[0] : "S";
                var mine = Letter(rule.ElementUsage(p));
                if (theirs != mine)
                {
                    differences.Add($"{label} element {p:D2}: usage {theirs} in the guide, {mine} here");
                }
            }

            if (rule.QualifierCodes is { } codes)
            {
                var theirs = segments.SelectMany(s => QualifierCodes(s, rule)).ToHashSet(StringComparer.Ordinal);
                var extra = codes.Where(c => !theirs.Contains(c)).Order(StringComparer.Ordinal).ToList();
                var missing = theirs.Where(c => !codes.Contains(c)).Order(StringComparer.Ordinal).ToList();
                if (extra.Count > 0)
                {
                    differences.Add($"{label}: qualifier codes not in the guide: {string.Join(' ', extra)}");
                }

                if (missing.Count > 0)
                {
                    differences.Add($"{label}: qualifier codes of the guide missing here: {string.Join(' ', missing)}");
                }
            }
        }

        return [.. differences.Distinct(StringComparer.Ordinal)];
    }

    private static void Index(LoopRule loop, Dictionary<string, LoopRule> into)
    {
        into.TryAdd(loop.Id, loop);
        foreach (var child in loop.Children.OfType<LoopRule>())
        {
            Index(child, into);
        }
    }

    private static string Owner(Dictionary<string, LoopRule> loops, SegmentRule rule) =>
        loops.Values.First(l => l.Children.Contains(rule)).Id;

    private static SegmentRule? Match(LoopRule loop, XElement segment)
    {
        var id = (string)segment.Attribute("xid")!;
        var candidates = loop.Children.OfType<SegmentRule>().Where(r => r.Id == id).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        return candidates.FirstOrDefault(r => r.QualifierCodes is { } q && QualifierCodes(segment, r).Any(q.Contains));
    }

    /// <summary>The codes the reference lists at our rule's qualifier position (element, or component of a composite).</summary>
    private static IEnumerable<string> QualifierCodes(XElement segment, SegmentRule rule)
    {
        if (!Elements(segment).TryGetValue(rule.QualifierPosition, out var e))
        {
            return [];
        }

        if (e.Name == "composite")
        {
            e = e.Elements("element").FirstOrDefault(c => int.Parse((string)c.Element("seq")!, System.Globalization.CultureInfo.InvariantCulture) == Math.Max(1, rule.QualifierComponent));
        }

        return e?.Element("valid_codes")?.Elements("code").Select(c => c.Value) ?? [];
    }

    private static Dictionary<int, XElement> Elements(XElement segment) =>
        segment.Elements().Where(e => e.Name == "element" || e.Name == "composite")
            .ToDictionary(e => int.Parse((string)e.Element("seq")!, System.Globalization.CultureInfo.InvariantCulture));

    private static string Qualifier(XElement segment)
    {
        var first = Elements(segment).OrderBy(kv => kv.Key).Select(kv => kv.Value)
            .Select(e => e.Name == "composite" ? e.Elements("element").FirstOrDefault() : e)
            .FirstOrDefault(e => e?.Element("valid_codes") is not null && (string)e.Element("usage")! == "R");
        var codes = first?.Element("valid_codes")!.Elements("code").Select(c => c.Value).ToList();
        return codes is null ? string.Empty : "*" + string.Join('/', codes.Take(4)) + (codes.Count > 4 ? "/..." : string.Empty);
    }

    private static bool SameRow(XElement a, XElement b) => a.Parent?.Attribute("xid")?.Value == b.Parent?.Attribute("xid")?.Value && (string?)a.Element("pos") == (string?)b.Element("pos") && a.Parent!.Parent != b.Parent!.Parent;

    private static int Repeat(string value) => value.StartsWith('>') ? G.Unbounded : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Show(int repeat) => repeat == G.Unbounded ? ">1" : repeat.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Letter(Usage usage) => usage switch
    {
        Usage.Required => "R",
        Usage.Situational => "S",
        _ => "N",
    };
}
