namespace Claimsmith.X12.Validation.Schema;

/// <summary>
/// Element types and lengths of the segments the 837 and 835 guides use, from the X12 5010 data
/// element dictionary (written by hand for Claimsmith). One entry per segment id; usages and
/// code lists are per guide and loop, in the guide tables.
/// </summary>
/// <remarks>
/// Notation: <c>AN1-60</c> a string of 1 to 60 characters; <c>C(...)</c> a composite of the
/// listed components; <c>*n</c> repeats the previous definition n times in total.
/// </remarks>
internal static class SegmentDictionary
{
    private const string C003 = "C(ID2-2 AN1-48 AN2-2 AN2-2 AN2-2 AN2-2 AN1-80 AN1-48)";
    private const string C022 = "C(ID1-3 AN1-30 ID2-3 AN1-35 R1-18 R1-15 AN1-30 AN1-30 ID1-1)";
    private const string C040 = "C(ID2-3 AN1-50 ID2-3 AN1-50 ID2-3 AN1-50)";
    private const string C042 = "C(ID2-2 AN1-50)";

    private static readonly Dictionary<string, string> Notation = new(StringComparer.Ordinal)
    {
        ["BHT"] = "ID4-4 ID2-2 AN1-50 DT8-8 TM4-8 ID2-2",
        ["NM1"] = "ID2-3 ID1-1 AN1-60 AN1-35 AN1-25 AN1-10 AN1-10 ID1-2 AN2-80 ID2-2 ID2-3 AN1-60",
        ["PER"] = "ID2-2 AN1-60 ID2-2 AN1-256 ID2-2 AN1-256 ID2-2 AN1-256 AN1-20",
        ["HL"] = "AN1-12 AN1-12 ID1-2 ID1-1",
        ["PRV"] = "ID1-3 ID2-3 AN1-50 ID2-2 C(AN1-30 AN1-30) ID3-3",
        ["CUR"] = "ID2-3 ID3-3 R4-10 ID2-3 ID3-3 ID3-3 ID3-3 DT8-8 TM4-8 ID3-3 DT8-8 TM4-8 ID3-3 DT8-8 TM4-8 ID3-3 DT8-8 TM4-8 ID3-3 DT8-8 TM4-8",
        ["N3"] = "AN1-55 AN1-55",
        ["N4"] = "AN2-30 ID2-2 ID3-15 ID2-3 ID1-2 AN1-30 ID1-3",
        ["REF"] = "ID2-3 AN1-50 AN1-80 " + C040,
        ["SBR"] = "ID1-1 ID2-2 AN1-50 AN1-60 ID1-3 ID1-1 ID1-1 ID2-2 ID1-2",
        ["PAT"] = "ID2-2 ID1-2 ID1-2 ID1-1 ID2-3 AN1-35 ID2-2 R1-10 ID1-1",
        ["DMG"] = "ID2-3 AN1-35 ID1-1 ID1-1 C(ID1-2 ID1-2 ID2-3 ID1-2) ID1-2 ID2-3 ID2-3 R1-15 ID1-3 AN1-50",
        ["CLM"] = "AN1-38 R1-18 ID1-2 ID1-2 C(AN1-2 ID1-2 ID1-1) ID1-1 ID1-1 ID1-1 ID1-1 ID1-1 C(ID2-3 ID2-3 ID2-3 ID2-2 ID2-3) ID2-3 ID1-1 ID1-1 ID1-1 ID1-1 ID1-2 ID1-1 ID1-2 ID1-2",
        ["DTP"] = "ID3-3 ID2-3 AN1-35",
        ["CL1"] = "ID1-1 ID1-1 ID1-2 ID1-1",
        ["PWK"] = "ID2-2 ID1-2 N01-2 ID2-3 ID1-2 AN2-80 AN1-80 C(ID1-3 ID1-3 ID1-3 ID1-3 ID1-3) ID1-2",
        ["CN1"] = "ID2-2 R1-18 R1-9 AN1-50 R1-6 AN1-30",
        ["AMT"] = "ID1-3 R1-18 ID1-1",
        ["K3"] = "AN1-80 ID1-2 C(ID2-2 R1-15 R1-10 ID2-2 R1-15 R1-10 ID2-2 R1-15 R1-10 ID2-2 R1-15)",
        ["NTE"] = "ID3-3 AN1-80",
        ["CR1"] = "ID2-2 R1-10 ID1-1 ID1-1 ID2-2 R1-15 AN1-55 AN1-55 AN1-80 AN1-80",
        ["CR2"] = "N01-9 R1-15 ID2-3 ID2-3 ID2-2 R1-15 R1-15 ID1-1 AN1-80 AN1-80 ID1-1 ID1-1",
        ["CR3"] = "ID1-1 ID2-2 R1-15 ID1-2 AN1-80",
        ["CRC"] = "ID2-2 ID1-1 ID2-3 ID2-3 ID2-3 ID2-3 ID2-3",
        ["HI"] = C022 + " *12",
        ["HCP"] = "ID2-2 R1-18 R1-18 AN1-50 R1-9 AN1-50 R1-18 ID1-2 AN1-48 ID2-2 R1-15 R1-15 ID1-2 ID1-2 ID1-2",
        ["CAS"] = "ID1-2 ID1-5 R1-18 R1-15 ID1-5 R1-18 R1-15 ID1-5 R1-18 R1-15 ID1-5 R1-18 R1-15 ID1-5 R1-18 R1-15 ID1-5 R1-18 R1-15",
        ["OI"] = "ID2-2 ID1-2 ID1-1 ID1-1 ID1-1 ID1-1",
        ["MIA"] = "R1-15 R1-18 R1-15 R1-18 AN1-50 R1-18 *14 AN1-50 AN1-50 AN1-50 AN1-50 R1-18",
        ["MOA"] = "R1-10 R1-18 AN1-50 AN1-50 AN1-50 AN1-50 AN1-50 R1-18 R1-18",
        ["LX"] = "N01-6",
        ["SV1"] = C003 + " R1-18 ID2-2 R1-15 AN1-2 AN1-2 C(N01-2 N01-2 N01-2 N01-2) R1-18 ID1-1 ID1-1 ID1-1 ID1-1 ID1-2 ID1-1 ID1-1 N01-2 AN1-50 R1-18 R1-18 ID1-3 ID1-2",
        ["SV2"] = "AN1-48 " + C003 + " R1-18 ID2-2 R1-15 R1-10 R1-18 ID1-1 ID1-1 ID1-1",
        ["SV5"] = C003 + " ID2-2 R1-15 R1-18 R1-18 ID1-1 ID1-2",
        ["QTY"] = "ID2-2 R1-15 C(ID2-2) AN1-30",
        ["MEA"] = "ID2-2 ID1-3 R1-20 C(ID2-2) R1-20 R1-20 ID1-2 ID2-2 AN1-2 ID1-2",
        ["PS1"] = "AN1-50 R1-18 ID2-2",
        ["LIN"] = "AN1-20 ID2-2 AN1-48 ID2-2 AN1-48 ID2-2 AN1-48",
        ["CTP"] = "ID2-2 ID3-3 R1-17 R1-15 C(ID2-2 R1-10 R1-15) ID3-3 R1-10 R1-10 AN1-17 R1-10 R1-18",
        ["SVD"] = "AN2-80 R1-18 " + C003 + " AN1-48 R1-15 N01-6",
        ["LQ"] = "ID1-3 AN1-30",
        ["FRM"] = "AN1-20 ID1-1 AN1-50 DT8-8 R1-6",
        ["BPR"] = "ID1-2 R1-18 ID1-1 ID3-3 ID1-10 ID2-2 AN3-12 ID1-3 AN1-35 AN10-10 AN9-9 ID2-2 AN3-12 ID1-3 AN1-35 DT8-8 ID1-3 ID2-2 AN3-12 ID1-3 AN1-35",
        ["TRN"] = "ID1-2 AN1-50 AN10-10 AN1-50",
        ["DTM"] = "ID3-3 DT8-8 TM4-8 ID2-2 ID2-3 AN1-35",
        ["N1"] = "ID2-3 AN1-60 ID1-2 AN2-80 ID2-2 ID2-3",
        ["RDM"] = "ID1-2 AN1-60 AN1-256 " + C040 + " " + C040,
        ["TS3"] = "AN1-50 AN1-2 DT8-8 R1-15 R1-18 R1-18 *19",
        ["TS2"] = "R1-18 *19",
        ["CLP"] = "AN1-38 ID1-2 R1-18 R1-18 R1-18 ID1-2 AN1-50 AN1-2 ID1-1 ID1-2 ID1-4 R1-15 R1-10 ID1-1",
        ["SVC"] = C003 + " R1-18 R1-18 AN1-48 R1-15 " + C003 + " R1-15",
        ["PLB"] = "AN1-50 DT8-8 " + C042 + " R1-18 " + C042 + " R1-18 " + C042 + " R1-18 " + C042 + " R1-18 " + C042 + " R1-18 " + C042 + " R1-18",
    };

    private static readonly Dictionary<string, IReadOnlyList<ElementDef>> Parsed = Notation.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ElementDef>)Parse(kv.Value), StringComparer.Ordinal);

    public static IReadOnlyList<ElementDef>? Get(string segmentId) => Parsed.GetValueOrDefault(segmentId);

    private static List<ElementDef> Parse(string notation)
    {
        var list = new List<ElementDef>();
        var i = 0;
        while (i < notation.Length)
        {
            if (notation[i] == ' ')
            {
                i++;
                continue;
            }

            if (notation[i] == '*')
            {
                var end = notation.IndexOf(' ', i);
                var total = int.Parse(end < 0 ? notation[(i + 1)..] : notation[(i + 1)..end], System.Globalization.CultureInfo.InvariantCulture);
                var last = list[^1];
                while (list.Count < total + CountBefore(list, last))
                {
                    list.Add(last);
                }

                i = end < 0 ? notation.Length : end;
                continue;
            }

            if (notation[i] == 'C' && notation[i + 1] == '(')
            {
                var close = notation.IndexOf(')', i);
                var inner = notation[(i + 2)..close];
                list.Add(new ElementDef("C", 0, 0) { Components = [.. inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseSimple)] });
                i = close + 1;
                continue;
            }

            var next = notation.IndexOf(' ', i);
            var token = next < 0 ? notation[i..] : notation[i..next];
            list.Add(ParseSimple(token));
            i = next < 0 ? notation.Length : next;
        }

        return list;
    }

    // "*n" means n occurrences of the definition in total, counted from its first occurrence in a run.
    private static int CountBefore(List<ElementDef> list, ElementDef last)
    {
        var run = 0;
        for (var k = list.Count - 1; k >= 0 && ReferenceEquals(list[k], last); k--)
        {
            run++;
        }

        return list.Count - run;
    }

    private static ElementDef ParseSimple(string token)
    {
        var type = token.StartsWith("N0", StringComparison.Ordinal) ? "N0" : new string(token.TakeWhile(char.IsAsciiLetter).ToArray());
        var range = token[type.Length..].Split('-');
        return new ElementDef(type, int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
