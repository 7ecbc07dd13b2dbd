using System.Text;
using Claimsmith.CodeSets.Encoder;
using Claimsmith.CodeSets.Internal;

namespace Claimsmith.CodeSets.Snapshot;

public sealed partial class CodeSetSnapshot
{
    private static readonly CodeSystem[] DefaultSystems = [CodeSystem.Icd10Cm, CodeSystem.Icd10Pcs, CodeSystem.Hcpcs];
    private const int MaxQueryWords = 12;

    /// <summary>Per-thread scratch space sized to the document count, reset after each search.</summary>
    private sealed class Scratch(int docs, int entries)
    {
        public readonly float[] Score = new float[docs];
        public readonly byte[] Mark = new byte[docs];
        public readonly List<int> Touched = new(1024);
        public readonly float[] EntryBest = new float[entries];
        public readonly int[] EntryDoc = new int[entries];
        public readonly List<int> EntryTouched = new(1024);
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    [ThreadStatic]
    private static CodeSetSnapshot? t_scratchOwner;

    /// <summary>
    /// Ranked search over codes, titles, inclusion terms and index terms. Words match whole
    /// words and word beginnings (<c>diab</c> finds diabetes); every word must match; common
    /// clinical abbreviations (CHF, COPD, DM2, HTN, CKD, MI, UTI, ...) are expanded; a code or
    /// code prefix (<c>E11.2</c>, <c>0DT</c>, <c>9921</c>) lists those codes first.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, SearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= new SearchOptions();
        var limit = Math.Clamp(options.Limit, 1, 500);
        var systems = options.Systems is { Count: > 0 } s ? s : DefaultSystems;
        var hits = new List<SearchHit>(limit);
        var seen = new HashSet<int>();
        SearchCodes(query, systems, options.DateOfService, limit, hits, seen);
        if (hits.Count < limit)
        {
            SearchWords(query, systems, options.DateOfService, limit, hits, seen);
        }

        return hits;
    }

    private static int MaskOf(IReadOnlyList<CodeSystem> systems)
    {
        var mask = 0;
        foreach (var s in systems)
        {
            mask |= 1 << (int)s;
        }

        return mask;
    }

    private bool Allowed(int id, int systemMask, DateOnly? date)
    {
        ref readonly var e = ref Entries[id];
        if (e.Kind != (byte)EntryKind.Code || (systemMask & (1 << e.System)) == 0)
        {
            return false;
        }

        if (date is { } d)
        {
            var status = Validity(id, d).Status;
            return status is CodeStatus.Valid or CodeStatus.NotBillable;
        }

        return true;
    }

    private void SearchCodes(string query, IReadOnlyList<CodeSystem> systems, DateOnly? date, int limit, List<SearchHit> hits, HashSet<int> seen)
    {
        var q = query.AsSpan().Trim();

        // DM2 is an abbreviation before it is a PCS code prefix.
        if (Abbreviations.Map.ContainsKey(query.Trim().ToLowerInvariant()))
        {
            return;
        }

        if (q.Length < 2 || q.Length > 9 || q.ContainsAny(' ', '\t') || !q.ContainsAnyInRange('0', '9'))
        {
            return;
        }

        Span<byte> key = stackalloc byte[16];
        var n = Normalize(q, key);
        if (n <= 0)
        {
            return;
        }

        var prefix = key[..n];
        var mask = MaskOf(systems);
        var found = new List<(int Id, int Length)>();
        foreach (var system in systems)
        {
            var sorted = SortedCodes(system);
            for (var i = LowerBound(system, prefix); i < sorted.Length; i++)
            {
                var code = Utf8(Entries[sorted[i]].Code);
                if (!code.StartsWith(prefix))
                {
                    break;
                }

                if (Allowed(sorted[i], mask, date))
                {
                    found.Add((sorted[i], code.Length));
                }
            }
        }

        // The exact code first, then the shortest (the category before its subcategories), then code order.
        found.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.Id.CompareTo(b.Id));
        foreach (var (id, length) in found)
        {
            if (hits.Count == limit)
            {
                break;
            }

            if (seen.Add(id))
            {
                var entry = new CodeEntry(this, id);
                hits.Add(new SearchHit(entry.System, entry.DisplayCode, entry.LongDescription, entry.IsBillable, 1000 - ((length - n) * 10), "code", null));
            }
        }
    }

    private void SearchWords(string query, IReadOnlyList<CodeSystem> systems, DateOnly? date, int limit, List<SearchHit> hits, HashSet<int> seen)
    {
        var words = QueryWords(query);
        if (words.Count == 0)
        {
            return;
        }

        var docCount = EntryCount + IndexTermCount;
        if (t_scratch is null || !ReferenceEquals(t_scratchOwner, this))
        {
            t_scratch = new Scratch(docCount, EntryCount);
            t_scratchOwner = this;
        }

        var sc = t_scratch;
        var mask = MaskOf(systems);
        var tokens = Tokens;
        var postings = Postings;
        Span<byte> wordBytes = stackalloc byte[256];
        try
        {
            for (var qi = 0; qi < words.Count; qi++)
            {
                var (word, allowPrefix) = words[qi];
                var len = Encoding.UTF8.GetBytes(word, wordBytes);
                var w = wordBytes[..len];
                var first = TokenLowerBound(tokens, w);
                var matchedAny = false;
                for (var t = first; t < tokens.Length; t++)
                {
                    var text = Utf8(tokens[t].Text);
                    if (!text.StartsWith(w))
                    {
                        break;
                    }

                    var exact = text.Length == w.Length;
                    if (!exact && !allowPrefix)
                    {
                        break;
                    }

                    matchedAny = true;

                    // An exact word counts double a word beginning; a shorter completion beats a longer one.
                    var factor = exact ? 2f : 1f + (w.Length / (float)text.Length * 0.5f);
                    var list = postings.Slice(tokens[t].PostingStart, tokens[t].PostingCount);
                    var need = (byte)qi;
                    foreach (var p in list)
                    {
                        var doc = p >> SnapshotFormat.WeightBits;
                        if (sc.Mark[doc] != need)
                        {
                            continue; // missed an earlier word, or this word already counted
                        }

                        if (qi == 0)
                        {
                            sc.Touched.Add(doc);
                        }

                        sc.Mark[doc] = (byte)(qi + 1);
                        sc.Score[doc] += (p & SnapshotFormat.WeightMask) * factor;
                    }
                }

                if (!matchedAny)
                {
                    return;
                }
            }

            var all = (byte)words.Count;
            var entries = Entries;
            var terms = IndexTerms;
            foreach (var doc in sc.Touched)
            {
                if (sc.Mark[doc] != all)
                {
                    continue;
                }

                int entry, tokenCount;
                if (doc < EntryCount)
                {
                    entry = doc;
                    tokenCount = entries[doc].TokenCount;
                }
                else
                {
                    ref readonly var term = ref terms[doc - EntryCount];
                    entry = term.Entry;
                    tokenCount = term.TokenCount;
                }

                if (entry < 0 || !Allowed(entry, mask, date))
                {
                    continue;
                }

                // Concise titles rank above long ones that merely contain the words; billable codes get a small lift.
                var extra = Math.Max(0, tokenCount - words.Count);
                // "Unspecified"/NOS codes are the default a coder reaches first; "Other ..." codes are residual.
                var flags = entries[entry].Flags;
                var score = sc.Score[doc] - extra
                    + ((flags & EntryFlags.BillableCurrent) != 0 ? 0.5f : 0f)
                    + ((flags & EntryFlags.Unspecified) != 0 ? 1f : 0f)
                    - ((flags & EntryFlags.Residual) != 0 ? 1.5f : 0f);
                if (sc.EntryDoc[entry] == 0)
                {
                    sc.EntryTouched.Add(entry);
                    sc.EntryBest[entry] = score;
                    sc.EntryDoc[entry] = doc + 1;
                }
                else if (score > sc.EntryBest[entry])
                {
                    sc.EntryBest[entry] = score;
                    sc.EntryDoc[entry] = doc + 1;
                }
            }

            // Top-N by score (then code order) without sorting every candidate.
            var need2 = limit - hits.Count;
            var top = new List<int>(need2 + 1);
            var checkSeen = seen.Count > 0; // only after code hits; the set lookup is the costliest step of a common word
            foreach (var entry in sc.EntryTouched)
            {
                if (checkSeen && seen.Contains(entry))
                {
                    continue;
                }

                if (top.Count == need2 && !Better(entry, top[^1]))
                {
                    continue;
                }

                var at = top.Count;
                while (at > 0 && Better(entry, top[at - 1]))
                {
                    at--;
                }

                top.Insert(at, entry);
                if (top.Count > need2)
                {
                    top.RemoveAt(top.Count - 1);
                }
            }

            foreach (var entryId in top)
            {
                var entry = new CodeEntry(this, entryId);
                var doc = sc.EntryDoc[entryId] - 1;
                string matchedBy = "title";
                string? matchedText = null;
                if (doc >= EntryCount)
                {
                    ref readonly var term = ref terms[doc - EntryCount];
                    matchedBy = ((IndexSource)term.Source) switch
                    {
                        IndexSource.DrugTable => "drug",
                        IndexSource.NeoplasmTable => "neoplasm",
                        IndexSource.ExternalCause => "external-cause",
                        _ => "index",
                    };
                    matchedText = Str(term.Text);
                }

                seen.Add(entryId);
                hits.Add(new SearchHit(entry.System, entry.DisplayCode, entry.LongDescription, entry.IsBillable, Math.Round(sc.EntryBest[entryId], 2), matchedBy, matchedText));
            }

            bool Better(int a, int b) => sc.EntryBest[a] > sc.EntryBest[b] || (sc.EntryBest[a] == sc.EntryBest[b] && a < b);
        }
        finally
        {
            foreach (var doc in sc.Touched)
            {
                sc.Mark[doc] = 0;
                sc.Score[doc] = 0;
            }

            foreach (var e in sc.EntryTouched)
            {
                sc.EntryDoc[e] = 0;
                sc.EntryBest[e] = 0;
            }

            sc.Touched.Clear();
            sc.EntryTouched.Clear();
        }
    }

    private int TokenLowerBound(ReadOnlySpan<TokenRecord> tokens, ReadOnlySpan<byte> word)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Utf8(tokens[mid].Text).SequenceCompareTo(word) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static List<(string Word, bool Prefix)> QueryWords(string query)
    {
        var raw = new List<string>();
        // "n/v" style abbreviations are looked up before tokenizing splits them.
        foreach (var part in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = part.ToLowerInvariant().Trim(',', ';', '.');
            if (Abbreviations.Map.TryGetValue(lower, out var expansion))
            {
                Tokenizer.Tokenize(expansion, raw);
            }
            else
            {
                var before = raw.Count;
                Tokenizer.Tokenize(part, raw);
                for (var i = before; i < raw.Count; i++)
                {
                    if (Abbreviations.Map.TryGetValue(raw[i], out var exp))
                    {
                        var expanded = new List<string>();
                        Tokenizer.Tokenize(exp, expanded);
                        raw.RemoveAt(i);
                        raw.InsertRange(i, expanded);
                        i += expanded.Count - 1;
                    }
                }
            }
        }

        var result = new List<(string, bool)>();
        foreach (var w in raw.Distinct(StringComparer.Ordinal))
        {
            if (result.Count == MaxQueryWords)
            {
                break;
            }

            // Word beginnings match from three characters (two for the word being typed last).
            result.Add((w, w.Length >= 3));
        }

        if (result.Count > 0 && result[^1].Item1.Length == 2)
        {
            result[^1] = (result[^1].Item1, true);
        }

        return result;
    }
}
