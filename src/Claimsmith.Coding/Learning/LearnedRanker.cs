using Claimsmith.Coding.Guidelines;
using Claimsmith.CodeSets;
using Claimsmith.Coding.Knowledge;
using Claimsmith.Coding.Text;

namespace Claimsmith.Coding.Learning;

/// <summary>
/// One code system's learned artefacts: corpus statistics for candidate generation and a
/// boosted-tree ranker over candidates, with the acceptance threshold chosen on held-out notes.
/// </summary>
internal sealed class LearnedRanker
{
    internal const int MaxAssociationCandidates = 250;
    internal const int MaxConditionalCandidates = 100;
    private const int FormatVersion = 3;

    public LearnedRanker(CodeSystem system, CorpusStatistics stats, TreeEnsemble? trees, double threshold)
    {
        System = system;
        Stats = stats;
        Trees = trees;
        Threshold = threshold;
    }

    public CodeSystem System { get; }

    public CorpusStatistics Stats { get; }

    public TreeEnsemble? Trees { get; set; }

    /// <summary>Probability at or above which a suggestion is kept (maximises F1 on held-out notes).</summary>
    public double Threshold { get; set; }

    /// <summary>One candidate code of a note; its features are row <see cref="Index"/> of <see cref="CandidateRows.Matrix"/>.</summary>
    public readonly record struct Row(string Code, int Index, Candidate? Knowledge, (float Sum, float Max, int Token, string Gram) Association, int Votes);

    /// <summary>Candidates for a note (knowledge, neighbours, association, learned synonyms) with their features.</summary>
    public static CandidateRows Candidates(
        CorpusStatistics stats,
        CodeSystem system,
        NoteText note,
        Dictionary<(CodeSystem, string), Candidate> knowledge,
        CodeRefiner refiner,
        bool inpatient)
    {
        var s = stats.Collect(note);
        try
        {
            // Candidate codes: every vocabulary code, every neighbour code, the strongest associations and learned synonyms.
            var numbered = s.Numbered;
            var unnumbered = new List<(string Code, Candidate Knowledge)>();
            var dictCategories = s.DictCategories;
            var knownById = s.Knowledge;
            foreach (var ((sys, code), c) in knowledge)
            {
                if (sys != system)
                {
                    continue;
                }

                var id = stats.CodeId(code);
                if (id < 0)
                {
                    unnumbered.Add((code, c));
                }
                else
                {
                    knownById[id] = c;
                    if (s.Mark(id))
                    {
                        numbered.Add(id);
                    }
                }

                if (c.Score > 0)
                {
                    var cat = CorpusStatistics.CategoryKey(code);
                    dictCategories[cat] = dictCategories.GetValueOrDefault(cat) + 1;
                }
            }

            float knnMax = 0, assocMax = 0;
            var withAssoc = s.WithAssociation;
            var withCond = s.WithConditional;
            foreach (var c in s.Touched)
            {
                knnMax = Math.Max(knnMax, s.KnnScore[c]);
                assocMax = Math.Max(assocMax, s.AssocSum[c]);
                if (s.AssocSum[c] > 0)
                {
                    withAssoc.Add(c);
                }

                if (s.CondCount[c] > 0)
                {
                    withCond.Add(c);
                }
            }

            // Marking a touched code never grows Touched, so a fixed count suffices.
            var touched = s.Touched.Count;
            for (var i = 0; i < touched; i++)
            {
                var c = s.Touched[i];
                if (s.KnnVotes[c] > 0 && s.Mark(c))
                {
                    numbered.Add(c);
                }
            }

            foreach (var c in Strongest(withAssoc, MaxAssociationCandidates, s.AssocSum, null, s.Heap))
            {
                if (s.Mark(c))
                {
                    numbered.Add(c);
                }
            }

            foreach (var c in Strongest(withCond, MaxConditionalCandidates, s.CondMax, s.CondSum, s.Heap))
            {
                if (s.Mark(c))
                {
                    numbered.Add(c);
                }
            }

            var rows = new CandidateRows(numbered.Count + unnumbered.Count);
            var billable = stats.BillableCache(refiner, system);
            void Add(string code, int id, Candidate? k)
            {
                var index = rows.Count;
                var f = rows.Features(index);
                var facts = id >= 0 ? stats.Facts(id) : stats.FactsOf(code);
                (float, float, int, string) a = id >= 0 && s.AssocSum[id] > 0 ? (s.AssocSum[id], s.AssocMax[id], s.AssocToken[id], s.AssocGram[id] ?? "") : default;
                (float, int, float) n = id >= 0 ? (s.KnnScore[id], s.KnnVotes[id], s.KnnBest[id]) : default;
                (float, float, int) cond = id >= 0 ? (s.CondMax[id], s.CondSum[id], s.CondCount[id]) : default;
                Features.Fill(f, code, k, n, knnMax, a, assocMax, facts, dictCategories.GetValueOrDefault(CorpusStatistics.CategoryKey(code)),
                    id >= 0 ? billable.IsBillable(id) : refiner.IsBillable(system, code), note.Tokens.Length, inpatient, cond);
                rows.Add(new Row(code, index, k, a, n.Item2));
            }

            foreach (var id in numbered)
            {
                Add(stats.CodeOf(id), id, knownById[id]);
            }

            foreach (var (code, k) in unnumbered)
            {
                Add(code, -1, k);
            }

            Features.FillRelative(rows, s.RowCategories);
            return rows;
        }
        finally
        {
            stats.Return(s);
        }
    }

    /// <summary>
    /// The <paramref name="k"/> codes with the highest keys (ties to the lower code number),
    /// in no particular order: a bounded min-heap on (first, second, -code) over parallel arrays,
    /// instead of sorting thousands of weak associations (and without a comparer call per step).
    /// </summary>
    private static ReadOnlySpan<int> Strongest(List<int> codes, int k, float[] first, float[]? second, int[] scratch)
    {
        if (codes.Count <= k)
        {
            return global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan(codes);
        }

        // Min-heap: the root is the weakest kept code.
        var heap = scratch.AsSpan(0, k);
        var count = 0;
        foreach (var c in codes)
        {
            if (count < k)
            {
                var i = count++;
                while (i > 0)
                {
                    var parent = (i - 1) >> 1;
                    if (!Weaker(c, heap[parent], first, second))
                    {
                        break;
                    }

                    heap[i] = heap[parent];
                    i = parent;
                }

                heap[i] = c;
            }
            else if (Weaker(heap[0], c, first, second))
            {
                // Replace the root and sift down.
                var i = 0;
                while (true)
                {
                    var child = (2 * i) + 1;
                    if (child >= k)
                    {
                        break;
                    }

                    if (child + 1 < k && Weaker(heap[child + 1], heap[child], first, second))
                    {
                        child++;
                    }

                    if (!Weaker(heap[child], c, first, second))
                    {
                        break;
                    }

                    heap[i] = heap[child];
                    i = child;
                }

                heap[i] = c;
            }
        }

        return heap;
    }

    /// <summary>Whether code <paramref name="a"/> ranks below <paramref name="b"/>: (first, second, -code) compared in that order.</summary>
    private static bool Weaker(int a, int b, float[] first, float[]? second)
    {
        var c = first[a].CompareTo(first[b]);
        if (c == 0 && second is not null)
        {
            c = second[a].CompareTo(second[b]);
        }

        return c != 0 ? c < 0 : a > b;
    }

    public void Write(Stream stream)
    {
        using var w = new BinaryWriter(stream, global::System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write("CLAIMSMITH-CAC");
        w.Write(FormatVersion);
        w.Write((int)System);
        w.Write(Threshold);
        Stats.Write(w);
        w.Write(Trees is not null);
        Trees?.Write(w);
    }

    public static LearnedRanker Read(Stream stream)
    {
        using var r = new BinaryReader(stream, global::System.Text.Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != "CLAIMSMITH-CAC" || r.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a Claimsmith coding model of this version.");
        }

        var codeSystem = (CodeSystem)r.ReadInt32();
        var threshold = r.ReadDouble();
        var stats = CorpusStatistics.Read(r);
        var trees = r.ReadBoolean() ? TreeEnsemble.Read(r) : null;
        return new LearnedRanker(codeSystem, stats, trees, threshold);
    }
}
