using Claimsmith.CodeSets;
using Claimsmith.Coding.Guidelines;
using Claimsmith.Coding.Text;

namespace Claimsmith.Coding.Learning;

/// <summary>
/// What the coded training notes teach without a model: TF-IDF nearest neighbours (codes of
/// similar notes), phrase/code association (stems and stem bigrams that occur in most notes
/// coded with a code and in few others), and code frequencies.
/// </summary>
internal sealed class CorpusStatistics
{
    private const int MaxGramDocumentFrequency = 40;
    private const double MinAssociation = 0.5;

    // Learned synonyms: a phrase that, in the coded notes containing it, mostly comes with one code.
    private const int MaxConditionalDocumentFrequency = 150;
    private const int MinConditionalCount = 2;
    private const double MinConditional = 0.2;

    private readonly Dictionary<string, int> _termIds;
    private readonly float[] _idf;
    private readonly (int Doc, float Weight)[][] _postings;
    private readonly string[][] _docCodes;
    private readonly Dictionary<string, (string Code, float Weight)[]> _association;
    private readonly Dictionary<string, (string Code, float Weight)[]> _conditional;

    private CorpusStatistics(Dictionary<string, int> termIds, float[] idf, (int, float)[][] postings, string[][] docCodes,
        Dictionary<string, (string, float)[]> association, Dictionary<string, (string, float)[]> conditional,
        Dictionary<string, int> prior, Dictionary<string, int> categoryPrior, Dictionary<string, (int Matched, int Correct)> dictionary)
    {
        _termIds = termIds;
        _idf = idf;
        _postings = postings;
        _docCodes = docCodes;
        _association = association;
        _conditional = conditional;
        Prior = prior;
        CategoryPrior = categoryPrior;
        Dictionary = dictionary;

        // Query-time tables keyed by code number instead of code text: a note touches thousands
        // of (phrase, code) pairs, and adding into arrays is far cheaper than into dictionaries.
        var codeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string code)
        {
            if (!codeIds.TryGetValue(code, out var id))
            {
                codeIds[code] = id = codeIds.Count;
            }

            return id;
        }

        foreach (var c in prior.Keys.Order(StringComparer.Ordinal))
        {
            Id(c);
        }

        foreach (var c in dictionary.Keys.Order(StringComparer.Ordinal))
        {
            Id(c);
        }

        _docCodeIds = [.. docCodes.Select(codes => codes.Select(Id).ToArray())];
        _gramCodes = new Dictionary<string, GramCodes>(StringComparer.Ordinal);
        foreach (var (g, codes) in association)
        {
            _gramCodes[g] = new GramCodes(_gramCodes.Count, g, [.. codes.Select(c => Id(c.Item1))], [.. codes.Select(c => c.Item2)], [], []);
        }

        foreach (var (g, codes) in conditional)
        {
            var a = _gramCodes.GetValueOrDefault(g);
            _gramCodes[g] = new GramCodes(a?.Id ?? _gramCodes.Count, g, a?.AssociationCodes ?? [], a?.AssociationWeights ?? [], [.. codes.Select(c => Id(c.Item1))], [.. codes.Select(c => c.Item2)]);
        }

        // Grams and neighbour terms by stem number (WordPool.StemId): a note's tokens carry their
        // stem's number, so each lookup is an array index or a hash of two integers, not of a string.
        var unigrams = new Dictionary<int, GramCodes>();
        _bigrams = new Dictionary<long, GramCodes>(PairComparer.Instance);
        foreach (var (g, codes) in _gramCodes)
        {
            var space = g.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                unigrams[WordPool.StemId(g)] = codes;
            }
            else
            {
                _bigrams[Pair(WordPool.StemId(g[..space]), WordPool.StemId(g[(space + 1)..]))] = codes;
            }
        }

        _unigrams = new GramCodes?[unigrams.Count == 0 ? 0 : unigrams.Keys.Max() + 1];
        foreach (var (id, codes) in unigrams)
        {
            _unigrams[id] = codes;
        }

        var termByStem = termIds.ToDictionary(p => WordPool.StemId(p.Key), p => p.Value);
        _termByStem = new int[termByStem.Count == 0 ? 0 : termByStem.Keys.Max() + 1];
        Array.Fill(_termByStem, -1);
        foreach (var (stem, term) in termByStem)
        {
            _termByStem[stem] = term;
        }

        _codeIds = codeIds;
        _codes = new string[codeIds.Count];
        foreach (var (c, id) in codeIds)
        {
            _codes[id] = c;
        }

        _facts = [.. _codes.Select(FactsOf)];
    }

    private readonly Dictionary<string, int> _codeIds;
    private readonly string[] _codes;
    private readonly int[][] _docCodeIds;
    private readonly Dictionary<string, GramCodes> _gramCodes;
    private readonly GramCodes?[] _unigrams;
    private readonly Dictionary<long, GramCodes> _bigrams;
    private readonly int[] _termByStem;
    private readonly CodeFacts[] _facts;
    private readonly System.Collections.Concurrent.ConcurrentBag<NoteSignals> _pool = [];

    /// <summary>The codes of one gram; <paramref name="Id"/> numbers the distinct grams (a note counts each once).</summary>
    private sealed record GramCodes(int Id, string Text, int[] AssociationCodes, float[] AssociationWeights, int[] ConditionalCodes, float[] ConditionalWeights);

    /// <summary>What the training notes say about one code, independent of the note.</summary>
    /// <param name="Prior">Training notes coded with it.</param>
    /// <param name="CategoryCount">Training notes coded with a code of its category.</param>
    /// <param name="Matched">Training notes where the vocabulary reported it.</param>
    /// <param name="Correct">Of those, notes where it was gold.</param>
    internal readonly record struct CodeFacts(int Prior, int CategoryCount, int Matched, int Correct);

    /// <summary>Number of codes with a number (<see cref="CodeId"/>).</summary>
    public int CodeCount => _codes.Length;

    /// <summary>The code's number, or -1 for a code the training notes never had or matched.</summary>
    public int CodeId(string code) => _codeIds.TryGetValue(code, out var id) ? id : -1;

    public string CodeOf(int id) => _codes[id];

    public CodeFacts Facts(int id) => _facts[id];

    /// <summary>Facts of any code (numbered or not).</summary>
    public CodeFacts FactsOf(string code)
    {
        var (matched, correct) = Dictionary.GetValueOrDefault(code);
        return new CodeFacts(Prior.GetValueOrDefault(code), CategoryCount(code), matched, correct);
    }

    /// <summary>
    /// Neighbour votes, phrase associations and learned synonyms of a note, per code number
    /// (scratch arrays from a pool: hand them back with <see cref="Return"/>).
    /// </summary>
    public NoteSignals Collect(NoteText note, int k = 25)
    {
        if (!_pool.TryTake(out var s))
        {
            s = new NoteSignals(_codes.Length, _docCodeIds.Length, _gramCodes.Count, _termIds.Count);
        }

        CollectNeighbours(note, k, s);

        // The grams of NoteText.Grams (distinct stems and same-sentence stem bigrams, stop words
        // skipped, each at the token where it first ends, in that order), looked up by stem number
        // without building the bigram strings; a gram seen before is recognised by its entry's
        // number (one entry per distinct gram).
        var unigrams = _unigrams;
        var bigrams = _bigrams;
        var hasPrevious = false;
        var previous = -1;
        var prevSentence = -1;
        var tokens = note.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Lower.Length < 2 || t.IsStopWord)
            {
                continue;
            }

            var id = t.StemId;
            if ((uint)id < (uint)unigrams.Length && unigrams[id] is { } unigram && s.SeeGram(unigram.Id))
            {
                AddGram(s, unigram.Text, unigram, i);
            }

            if (hasPrevious && prevSentence == t.Sentence && previous >= 0 && id >= 0
                && bigrams.TryGetValue(Pair(previous, id), out var bigram) && s.SeeGram(bigram.Id))
            {
                AddGram(s, bigram.Text, bigram, i);
            }

            hasPrevious = true;
            previous = id;
            prevSentence = t.Sentence;
        }

        return s;
    }

    /// <summary>A stem bigram's key: the two stem numbers.</summary>
    private static long Pair(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>
    /// Hashes a <see cref="Pair"/> by multiplying it out: <see cref="long.GetHashCode"/> XORs the
    /// halves, and two small stem numbers XORed collide in long chains.
    /// </summary>
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
    }

    private static void AddGram(NoteSignals s, string g, GramCodes codes, int token)
    {
        var ac = codes.AssociationCodes;
        var aw = codes.AssociationWeights;
        for (var i = 0; i < ac.Length; i++)
        {
            var c = ac[i];
            var w = aw[i];
            s.Touch(c);
            s.AssocSum[c] += w;
            if (w > s.AssocMax[c])
            {
                s.AssocMax[c] = w;
                s.AssocToken[c] = token;
                s.AssocGram[c] = g;
            }
        }

        var cc = codes.ConditionalCodes;
        var cw = codes.ConditionalWeights;
        for (var i = 0; i < cc.Length; i++)
        {
            var c = cc[i];
            s.Touch(c);
            s.CondMax[c] = Math.Max(s.CondMax[c], cw[i]);
            s.CondSum[c] += cw[i];
            s.CondCount[c]++;
        }
    }

    /// <summary>Clears and pools scratch arrays from <see cref="Collect"/>.</summary>
    public void Return(NoteSignals signals)
    {
        signals.Clear();
        _pool.Add(signals);
    }

    private void CollectNeighbours(NoteText note, int k, NoteSignals s)
    {
        // Term counts in order of first occurrence (the order the norm is summed in).
        var counts = s.TermCounts;
        var order = s.TermOrder;
        var termByStem = _termByStem;
        foreach (var t in note.Tokens)
        {
            var stem = t.StemId;
            if ((uint)stem < (uint)termByStem.Length && termByStem[stem] is var id and >= 0 && !t.IsStopWord)
            {
                if (counts[id]++ == 0)
                {
                    order.Add(id);
                }
            }
        }

        float norm2 = 0;
        foreach (var id in order)
        {
            var w = (float)(1 + Math.Log(counts[id])) * _idf[id];
            norm2 += w * w;
        }

        var norm = MathF.Sqrt(norm2);
        var sims = s.Similarity;
        Array.Clear(sims);
        if (norm > 0)
        {
            foreach (var id in order)
            {
                var q = (float)(1 + Math.Log(counts[id])) * _idf[id] / norm;
                foreach (var (doc, dw) in _postings[id])
                {
                    sims[doc] += q * dw;
                }
            }
        }

        // The k most similar notes, ties to the earlier note (a stable top-k by insertion).
        Span<int> top = stackalloc int[Math.Min(k, sims.Length)];
        var count = 0;
        for (var d = 0; d < sims.Length; d++)
        {
            var v = sims[d];
            if (v <= 0 || (count == top.Length && v <= sims[top[count - 1]]))
            {
                continue;
            }

            var i = count < top.Length ? count++ : count - 1;
            while (i > 0 && sims[top[i - 1]] < v)
            {
                top[i] = top[i - 1];
                i--;
            }

            top[i] = d;
        }

        for (var i = 0; i < count; i++)
        {
            var d = top[i];
            var sim = sims[d];
            foreach (var c in _docCodeIds[d])
            {
                s.Touch(c);
                s.KnnScore[c] += sim;
                s.KnnVotes[c]++;
                s.KnnBest[c] = Math.Max(s.KnnBest[c], sim);
            }
        }
    }

    public Dictionary<string, int> Prior { get; }

    public Dictionary<string, int> CategoryPrior { get; }

    /// <summary>Per code: in how many coded notes the vocabulary reported it, and in how many of those it was gold.</summary>
    public Dictionary<string, (int Matched, int Correct)> Dictionary { get; }

    public int DocumentCount => _docCodes.Length;

    /// <summary>The note's distinct stems and stem bigrams (see <see cref="NoteText.Grams"/>).</summary>
    public static (string Gram, int Token)[] Grams(NoteText note) => note.Grams;

    public static string Category(string code) => code.Length > 3 ? code[..3] : code;

    /// <summary>
    /// <see cref="Category"/> as a number (its length and up to three UTF-16 characters), equal
    /// for two codes exactly when their categories are: per-note category counts need no substring.
    /// </summary>
    public static long CategoryKey(string code)
    {
        var n = Math.Min(3, code.Length);
        long key = (long)n << 48;
        for (var i = 0; i < n; i++)
        {
            key |= (long)code[i] << (16 * i);
        }

        return key;
    }

    private volatile CodeFlags? _billable;

    /// <summary>
    /// Billable flags of the numbered codes under <paramref name="refiner"/>, looked up once per
    /// code and then read by code number (every note asks about hundreds of candidate codes).
    /// </summary>
    public CodeFlags BillableCache(CodeRefiner refiner, CodeSystem system)
    {
        var cache = _billable;
        if (cache is null || !ReferenceEquals(cache.Refiner, refiner) || cache.System != system)
        {
            _billable = cache = new CodeFlags(refiner, system, _codes);
        }

        return cache;
    }

    /// <summary>Per code number, whether the code is billable (0 not yet looked up, 1 yes, 2 no).</summary>
    internal sealed class CodeFlags(CodeRefiner refiner, CodeSystem system, string[] codes)
    {
        private readonly byte[] _flags = new byte[codes.Length];

        public CodeRefiner Refiner => refiner;

        public CodeSystem System => system;

        public bool IsBillable(int id)
        {
            // Racing writers store the same value: a plain byte array is enough.
            var flag = _flags[id];
            if (flag == 0)
            {
                flag = refiner.IsBillable(system, codes[id]) ? (byte)1 : (byte)2;
                _flags[id] = flag;
            }

            return flag == 1;
        }
    }

    /// <summary>Training notes coded with a code of the category of <paramref name="code"/> (no substring allocated).</summary>
    public int CategoryCount(string code) =>
        CategoryPrior.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code.AsSpan(0, Math.Min(3, code.Length)), out var n) ? n : 0;

    /// <summary>
    /// Builds the statistics from coded notes; <paramref name="matched"/> (optional, one entry per
    /// note) holds the codes the vocabulary reported for each note, to learn how often a
    /// vocabulary match for a code is right.
    /// </summary>
    public static CorpusStatistics Build(IReadOnlyList<(NoteText Note, string[] Codes)> docs, IReadOnlyList<IEnumerable<string>>? matched = null)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var docTerms = new List<Dictionary<int, int>>(docs.Count);
        var df = new List<int>();
        foreach (var (note, _) in docs)
        {
            var counts = new Dictionary<int, int>();
            foreach (var t in note.Tokens)
            {
                if (Vocabulary.StopWords.Contains(t.Lower) || t.Lower.Length < 2)
                {
                    continue;
                }

                if (!termIds.TryGetValue(t.Stem, out var id))
                {
                    termIds[t.Stem] = id = termIds.Count;
                    df.Add(0);
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            foreach (var id in counts.Keys)
            {
                df[id]++;
            }

            docTerms.Add(counts);
        }

        var n = Math.Max(1, docs.Count);
        var idf = df.Select(d => (float)Math.Log((double)n / d)).ToArray();
        var postings = new List<(int, float)>[termIds.Count];
        for (var d = 0; d < docTerms.Count; d++)
        {
            var weights = docTerms[d].Select(p => (p.Key, W: (float)(1 + Math.Log(p.Value)) * idf[p.Key])).ToList();
            var norm = (float)Math.Sqrt(weights.Sum(x => x.W * x.W));
            foreach (var (id, w) in weights)
            {
                (postings[id] ??= []).Add((d, norm > 0 ? w / norm : 0));
            }
        }

        // Phrase/code association.
        var gramSets = docs.Select(d => Grams(d.Note).Select(g => g.Gram).ToHashSet(StringComparer.Ordinal)).ToList();
        var gramDf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in gramSets)
        {
            foreach (var g in set)
            {
                gramDf[g] = gramDf.GetValueOrDefault(g) + 1;
            }
        }

        var codeDocs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var categoryDocs = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var d = 0; d < docs.Count; d++)
        {
            foreach (var c in docs[d].Codes.Distinct(StringComparer.Ordinal))
            {
                if (!codeDocs.TryGetValue(c, out var list))
                {
                    codeDocs[c] = list = [];
                }

                list.Add(d);
                if (!categoryDocs.TryGetValue(Category(c), out var cats))
                {
                    categoryDocs[Category(c)] = cats = [];
                }

                cats.Add(d);
            }
        }

        var association = new Dictionary<string, List<(string, float)>>(StringComparer.Ordinal);
        var conditional = new Dictionary<string, List<(string, float)>>(StringComparer.Ordinal);
        foreach (var (code, ds) in codeDocs)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var d in ds)
            {
                foreach (var g in gramSets[d])
                {
                    if (gramDf[g] <= MaxConditionalDocumentFrequency)
                    {
                        counts[g] = counts.GetValueOrDefault(g) + 1;
                    }
                }
            }

            foreach (var (g, c) in counts)
            {
                // P(code | phrase), shrunk towards 0 for rare phrases (one pseudo-note without the code).
                var q = (double)c / (gramDf[g] + 1);
                if (c >= MinConditionalCount && q >= MinConditional)
                {
                    if (!conditional.TryGetValue(g, out var clist))
                    {
                        conditional[g] = clist = [];
                    }

                    clist.Add((code, (float)q));
                }

                var p = (double)c / ds.Count;
                if (p >= MinAssociation && gramDf[g] <= MaxGramDocumentFrequency)
                {
                    if (!association.TryGetValue(g, out var list))
                    {
                        association[g] = list = [];
                    }

                    list.Add((code, (float)(p * Math.Log((double)n / gramDf[g]))));
                }
            }
        }

        var dictionary = new Dictionary<string, (int Matched, int Correct)>(StringComparer.Ordinal);
        if (matched is not null)
        {
            for (var d = 0; d < docs.Count && d < matched.Count; d++)
            {
                var gold = docs[d].Codes;
                foreach (var c in matched[d].Distinct(StringComparer.Ordinal))
                {
                    var (m, k) = dictionary.GetValueOrDefault(c);
                    dictionary[c] = (m + 1, k + (Array.IndexOf(gold, c) >= 0 ? 1 : 0));
                }
            }
        }

        return new CorpusStatistics(
            termIds,
            idf,
            [.. postings.Select(p => p?.ToArray() ?? [])],
            [.. docs.Select(d => d.Codes.Distinct(StringComparer.Ordinal).ToArray())],
            association.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            conditional.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            codeDocs.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal),
            categoryDocs.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal),
            dictionary);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_termIds.Count);
        foreach (var (term, id) in _termIds.OrderBy(p => p.Value))
        {
            w.Write(term);
            w.Write(_idf[id]);
            w.Write(_postings[id].Length);
            foreach (var (doc, weight) in _postings[id])
            {
                w.Write(doc);
                w.Write(weight);
            }
        }

        w.Write(_docCodes.Length);
        foreach (var codes in _docCodes)
        {
            w.Write(codes.Length);
            foreach (var c in codes)
            {
                w.Write(c);
            }
        }

        w.Write(_association.Count);
        foreach (var (g, codes) in _association)
        {
            w.Write(g);
            w.Write(codes.Length);
            foreach (var (c, weight) in codes)
            {
                w.Write(c);
                w.Write(weight);
            }
        }

        WriteGrams(w, _conditional);
        WriteCounts(w, Prior);
        WriteCounts(w, CategoryPrior);
        w.Write(Dictionary.Count);
        foreach (var (code, (m, k)) in Dictionary)
        {
            w.Write(code);
            w.Write(m);
            w.Write(k);
        }
    }

    private static void WriteGrams(BinaryWriter w, Dictionary<string, (string Code, float Weight)[]> grams)
    {
        w.Write(grams.Count);
        foreach (var (g, codes) in grams)
        {
            w.Write(g);
            w.Write(codes.Length);
            foreach (var (c, weight) in codes)
            {
                w.Write(c);
                w.Write(weight);
            }
        }
    }

    private static Dictionary<string, (string, float)[]> ReadGrams(BinaryReader r)
    {
        var grams = r.ReadInt32();
        var result = new Dictionary<string, (string, float)[]>(grams, StringComparer.Ordinal);
        for (var i = 0; i < grams; i++)
        {
            var g = r.ReadString();
            var codes = new (string, float)[r.ReadInt32()];
            for (var j = 0; j < codes.Length; j++)
            {
                codes[j] = (r.ReadString(), r.ReadSingle());
            }

            result[g] = codes;
        }

        return result;
    }

    private static void WriteCounts(BinaryWriter w, Dictionary<string, int> counts)
    {
        w.Write(counts.Count);
        foreach (var (k, v) in counts)
        {
            w.Write(k);
            w.Write(v);
        }
    }

    private static Dictionary<string, int> ReadCounts(BinaryReader r)
    {
        var n = r.ReadInt32();
        var d = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            d[r.ReadString()] = r.ReadInt32();
        }

        return d;
    }

    public static CorpusStatistics Read(BinaryReader r)
    {
        var terms = r.ReadInt32();
        var termIds = new Dictionary<string, int>(terms, StringComparer.Ordinal);
        var idf = new float[terms];
        var postings = new (int, float)[terms][];
        for (var i = 0; i < terms; i++)
        {
            termIds[r.ReadString()] = i;
            idf[i] = r.ReadSingle();
            var p = new (int, float)[r.ReadInt32()];
            for (var j = 0; j < p.Length; j++)
            {
                p[j] = (r.ReadInt32(), r.ReadSingle());
            }

            postings[i] = p;
        }

        var docCodes = new string[r.ReadInt32()][];
        for (var d = 0; d < docCodes.Length; d++)
        {
            var codes = new string[r.ReadInt32()];
            for (var j = 0; j < codes.Length; j++)
            {
                codes[j] = r.ReadString();
            }

            docCodes[d] = codes;
        }

        var grams = r.ReadInt32();
        var association = new Dictionary<string, (string, float)[]>(grams, StringComparer.Ordinal);
        for (var i = 0; i < grams; i++)
        {
            var g = r.ReadString();
            var codes = new (string, float)[r.ReadInt32()];
            for (var j = 0; j < codes.Length; j++)
            {
                codes[j] = (r.ReadString(), r.ReadSingle());
            }

            association[g] = codes;
        }

        var conditional = ReadGrams(r);
        var prior = ReadCounts(r);
        var categoryPrior = ReadCounts(r);
        var n = r.ReadInt32();
        var dictionary = new Dictionary<string, (int, int)>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            dictionary[r.ReadString()] = (r.ReadInt32(), r.ReadInt32());
        }

        return new CorpusStatistics(termIds, idf, postings, docCodes, association, conditional, prior, categoryPrior, dictionary);
    }
}
