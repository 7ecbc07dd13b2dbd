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
    }

    public Dictionary<string, int> Prior { get; }

    public Dictionary<string, int> CategoryPrior { get; }

    /// <summary>Per code: in how many coded notes the vocabulary reported it, and in how many of those it was gold.</summary>
    public Dictionary<string, (int Matched, int Correct)> Dictionary { get; }

    public int DocumentCount => _docCodes.Length;

    /// <summary>The note's distinct stems and stem bigrams (see <see cref="NoteText.Grams"/>).</summary>
    public static (string Gram, int Token)[] Grams(NoteText note) => note.Grams;

    public static string Category(string code) => code.Length > 3 ? code[..3] : code;

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

    /// <summary>Per code, the strongest and summed P(code | phrase) over the note's phrases, and how many phrases point to it.</summary>
    public Dictionary<string, (float Max, float Sum, int Count)> Conditionals(NoteText note)
    {
        var result = new Dictionary<string, (float, float, int)>(StringComparer.Ordinal);
        foreach (var (g, _) in Grams(note))
        {
            if (!_conditional.TryGetValue(g, out var codes))
            {
                continue;
            }

            foreach (var (c, w) in codes)
            {
                var (m, s, n) = result.GetValueOrDefault(c);
                result[c] = (Math.Max(m, w), s + w, n + 1);
            }
        }

        return result;
    }

    /// <summary>Codes of the <paramref name="k"/> most similar training notes, each weighted by similarity.</summary>
    public Dictionary<string, (float Score, int Votes, float Best)> Neighbours(NoteText note, int k = 25)
    {
        var counts = new Dictionary<int, int>();
        foreach (var t in note.Tokens)
        {
            if (_termIds.TryGetValue(t.Stem, out var id) && !Vocabulary.StopWords.Contains(t.Lower))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        var query = counts.Select(p => (p.Key, W: (float)(1 + Math.Log(p.Value)) * _idf[p.Key])).ToList();
        var norm = (float)Math.Sqrt(query.Sum(x => x.W * x.W));
        var sims = new float[_docCodes.Length];
        if (norm > 0)
        {
            foreach (var (id, w) in query)
            {
                var q = w / norm;
                foreach (var (doc, dw) in _postings[id])
                {
                    sims[doc] += q * dw;
                }
            }
        }

        var top = Enumerable.Range(0, sims.Length).OrderByDescending(i => sims[i]).Take(k);
        var result = new Dictionary<string, (float, int, float)>(StringComparer.Ordinal);
        foreach (var d in top)
        {
            if (sims[d] <= 0)
            {
                continue;
            }

            foreach (var c in _docCodes[d])
            {
                var (s, v, b) = result.GetValueOrDefault(c);
                result[c] = (s + sims[d], v + 1, Math.Max(b, sims[d]));
            }
        }

        return result;
    }

    /// <summary>Association sum and maximum per code, and the token of the strongest phrase (evidence).</summary>
    public Dictionary<string, (float Sum, float Max, int Token, string Gram)> Associations(NoteText note)
    {
        var result = new Dictionary<string, (float, float, int, string)>(StringComparer.Ordinal);
        foreach (var (g, token) in Grams(note))
        {
            if (!_association.TryGetValue(g, out var codes))
            {
                continue;
            }

            foreach (var (c, w) in codes)
            {
                var (s, m, t, gram) = result.GetValueOrDefault(c, (0f, 0f, token, g));
                result[c] = w > m ? (s + w, w, token, g) : (s + w, m, t, gram);
            }
        }

        return result;
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
