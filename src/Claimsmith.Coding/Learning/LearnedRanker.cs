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

    public sealed record Row(string Code, float[] Features, Candidate? Knowledge, (float Sum, float Max, int Token, string Gram) Association, int Votes);

    /// <summary>Candidates for a note (knowledge, neighbours, association) with their features.</summary>
    public static List<Row> Candidates(
        CorpusStatistics stats,
        CodeSystem system,
        NoteText note,
        Dictionary<(CodeSystem, string), Candidate> knowledge,
        CodeRefiner refiner,
        bool inpatient)
    {
        var knn = stats.Neighbours(note);
        var assoc = stats.Associations(note);
        var conditional = stats.Conditionals(note);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sys, code) in knowledge.Keys)
        {
            if (sys == system)
            {
                codes.Add(code);
            }
        }

        codes.UnionWith(knn.Keys);
        foreach (var (code, _) in assoc.OrderByDescending(p => p.Value.Sum).Take(MaxAssociationCandidates))
        {
            codes.Add(code);
        }

        foreach (var (code, _) in conditional.OrderByDescending(p => p.Value.Max).ThenByDescending(p => p.Value.Sum).Take(MaxConditionalCandidates))
        {
            codes.Add(code);
        }

        var knnMax = knn.Count > 0 ? knn.Values.Max(v => v.Score) : 0;
        var assocMax = assoc.Count > 0 ? assoc.Values.Max(v => v.Sum) : 0;
        var dictCategories = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((sys, code), c) in knowledge)
        {
            if (sys == system && c.Score > 0)
            {
                var cat = CorpusStatistics.Category(code);
                dictCategories[cat] = dictCategories.GetValueOrDefault(cat) + 1;
            }
        }

        var categories = dictCategories.GetAlternateLookup<ReadOnlySpan<char>>();
        var rows = new List<Row>(codes.Count);
        foreach (var code in codes)
        {
            knowledge.TryGetValue((system, code), out var k);
            var f = new float[Features.Count];
            var a = assoc.GetValueOrDefault(code);
            var n = knn.GetValueOrDefault(code);
            Features.Fill(f, code, k, n, knnMax, a, assocMax, stats, categories.TryGetValue(code.AsSpan(0, Math.Min(3, code.Length)), out var inCategory) ? inCategory : 0,
                refiner.IsBillable(system, code), note.Tokens.Length, inpatient, conditional.GetValueOrDefault(code));
            rows.Add(new Row(code, f, k, a, n.Votes));
        }

        return rows;
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
