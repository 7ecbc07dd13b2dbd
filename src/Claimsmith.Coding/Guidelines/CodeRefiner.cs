using Claimsmith.CodeSets.Snapshot;
using Claimsmith.CodeSets;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.Coding.Knowledge;

namespace Claimsmith.Coding.Guidelines;

/// <summary>
/// Walks from a matched code (often a category or subcategory) down to the most specific
/// billable code the sentence supports (guideline I.B.7 "code to the highest level of
/// specificity"): laterality, acuity and the other axes are words of the descendants'
/// descriptions, so the descendant whose extra words the sentence contains wins; with nothing
/// said, the "unspecified" member is chosen. Codes needing a 7th character get the episode of
/// care from the note (I.C.19.a: A initial, D subsequent, S sequela), a fracture not said to
/// be open is coded closed (I.C.19.c.1), and placeholder X fills short codes.
/// </summary>
internal sealed class CodeRefiner
{
    private readonly CodeSetSnapshot _snapshot;
    private readonly Dictionary<string, Member[]> _billableByCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Member[]>.AlternateLookup<ReadOnlySpan<char>> _categoryLookup;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _billableCm = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _billablePcs = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CodeInfo> _infoCm = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CodeInfo> _infoPcs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _stemsByCode = new(StringComparer.Ordinal);

    /// <summary>
    /// A billable code of a category with what <see cref="Refine"/> weighs, gathered once:
    /// refinement runs for every matched term of every note.
    /// </summary>
    private sealed record Member(string Code, int[] Stems, bool Unspecified, bool Seventh);

    public CodeRefiner(CodeSetSnapshot snapshot, Func<string, string[]>? stemsOf = null)
    {
        _snapshot = snapshot;
        stemsOf ??= Lexicon.StemsOf;
        var unspecified = new HashSet<string>(StringComparer.Ordinal);
        var seventh = new HashSet<string>(StringComparer.Ordinal);
        var parents = new Dictionary<string, bool>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in snapshot.Enumerate(CodeSystem.Icd10Cm))
        {
            if (e.Kind != EntryKind.Code || e.Code.Length < 3)
            {
                continue;
            }

            _stemsByCode[e.Code] = StemIds(stemsOf(e.LongDescription ?? ""));
            if ((e.LongDescription ?? "").Contains("unspecified", StringComparison.OrdinalIgnoreCase))
            {
                unspecified.Add(e.Code);
            }

            if (e.Code.Length == 7 && e.IsBillable && NeedsSeventh(e.Code, parents))
            {
                seventh.Add(e.Code);
            }
            if (e.IsBillable)
            {
                var cat = e.Code[..3];
                if (!groups.TryGetValue(cat, out var list))
                {
                    groups[cat] = list = [];
                }

                list.Add(e.Code);
            }
        }

        foreach (var (k, v) in groups)
        {
            _billableByCategory[k] = [.. v.Select(m => new Member(m, _stemsByCode.GetValueOrDefault(m) ?? [], unspecified.Contains(m), seventh.Contains(m)))];
        }

        _categoryLookup = _billableByCategory.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static int[] StemIds(string[] stems)
    {
        var ids = new int[stems.Length];
        for (var i = 0; i < stems.Length; i++)
        {
            ids[i] = Text.WordPool.StemId(stems[i]);
        }

        return ids;
    }

    /// <summary>Whether <paramref name="code"/> is a billable code (cached: candidates ask for the same codes note after note).</summary>
    public bool IsBillable(CodeSystem system, string code)
    {
        var cache = system == CodeSystem.Icd10Pcs ? _billablePcs : _billableCm;
        if (cache.TryGetValue(code, out var billable))
        {
            return billable;
        }

        // Only codes of the code set are cached, which bounds the cache (no Count: it takes every lock).
        if (!_snapshot.TryFind(system, code, out var e))
        {
            return false;
        }

        cache.TryAdd(code, e.IsBillable);
        return e.IsBillable;
    }

    /// <summary>
    /// The most specific billable code under <paramref name="code"/> supported by
    /// <paramref name="sentenceStems"/>; null when there is none.
    /// </summary>
    public string? Refine(string code, Text.StemSet sentenceStems, char episode)
    {
        if (IsBillable(CodeSystem.Icd10Cm, code))
        {
            return code;
        }

        if (code.Length < 3 || !_categoryLookup.TryGetValue(code.AsSpan(0, 3), out var members))
        {
            return null;
        }

        var own = _stemsByCode.GetValueOrDefault(code) ?? [];
        string? best = null;
        var bestScore = double.MinValue;
        foreach (var m in members)
        {
            if (!m.Code.StartsWith(code, StringComparison.Ordinal))
            {
                continue;
            }

            double score = 0;
            foreach (var s in m.Stems)
            {
                if (Array.IndexOf(own, s) >= 0)
                {
                    continue;
                }

                score += sentenceStems.Contains(s) ? 2.0 : -1.0;
            }

            if (m.Unspecified)
            {
                score += 0.5;
            }

            if (m.Seventh)
            {
                score += m.Code[6] == episode ? 1.5 : 0;
            }

            score -= 0.01 * m.Code.Length;
            if (score > bestScore)
            {
                bestScore = score;
                best = m.Code;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a 7-character code takes a 7th character: its parent requires or lists one (or
    /// is missing), decided once per parent in <paramref name="parents"/>, or its 6th character
    /// is the placeholder X.
    /// </summary>
    private bool NeedsSeventh(string code, Dictionary<string, bool> parents)
    {
        var key = code[..6];
        if (!parents.TryGetValue(key, out var needs))
        {
            parents[key] = needs = !_snapshot.TryFind(CodeSystem.Icd10Cm, key.AsSpan(), out var parent)
                || parent.RequiresSeventhCharacter || parent.GetSeventhCharacters().Count > 0;
        }

        return needs || code[5] == 'X';
    }

    /// <summary>Episode of care from the words of the note (I.C.19.a).</summary>
    private static readonly int[] SequelaWords = [Stem("sequela"), Stem("sequelae")];
    private static readonly int[] SubsequentWords = [Stem("subsequent"), Stem("follow"), Stem("healing"), Stem("routine")];

    private static int Stem(string word) => Text.WordPool.StemId(Text.Stemmer.Stem(word));

    public static char Episode(Text.StemSet stems) =>
        AnyIn(SequelaWords, stems) ? 'S'
        : AnyIn(SubsequentWords, stems) ? 'D'
        : 'A';

    private static bool AnyIn(int[] words, Text.StemSet stems)
    {
        foreach (var w in words)
        {
            if (stems.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tabular path of a code ("E11 > E11.6 > E11.65"), cached per code.</summary>
    public string Path(CodeSystem system, string code) => Info(system, code)?.Path ?? code;

    public string? Describe(CodeSystem system, string code) => Info(system, code)?.Description;

    public string Display(CodeSystem system, string code) => Info(system, code)?.Display ?? code;

    private sealed record CodeInfo(string Path, string? Description, string Display);

    /// <summary>
    /// What a suggestion shows about its code, looked up once per code: every note's suggestions
    /// ask for the same few thousand codes. Only codes of the code set are cached, which bounds the cache.
    /// </summary>
    private CodeInfo? Info(CodeSystem system, string code)
    {
        var cache = system == CodeSystem.Icd10Pcs ? _infoPcs : _infoCm;
        if (cache.TryGetValue(code, out var info))
        {
            return info;
        }

        if (!_snapshot.TryFind(system, code, out var e))
        {
            return null;
        }

        var levels = e.GetHierarchy();
        info = new CodeInfo(string.Join(" > ", levels.Where(l => l.Kind == EntryKind.Code).Select(l => l.Code)), e.LongDescription, e.DisplayCode);
        cache.TryAdd(code, info);
        return info;
    }

    public CodeSetSnapshot Snapshot => _snapshot;
}
