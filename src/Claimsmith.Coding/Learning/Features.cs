using Claimsmith.Coding.Knowledge;

namespace Claimsmith.Coding.Learning;

/// <summary>The ranker's feature vector for one candidate code of one note.</summary>
internal static class Features
{
    public const int Count = 36;

    public static void Fill(
        Span<float> f,
        string code,
        Candidate? k,
        (float Score, int Votes, float Best) knn,
        float knnMax,
        (float Sum, float Max, int Token, string Gram) assoc,
        float assocMax,
        CorpusStatistics.CodeFacts facts,
        int dictInCategory,
        bool billable,
        int tokenCount,
        bool inpatient,
        (float Max, float Sum, int Count) conditional)
    {
        f.Clear();
        if (k is not null)
        {
            f[0] = k.Score;
            f[1] = k.AnyScore;
            f[2] = k.Present;
            f[3] = k.Negated;
            f[4] = k.Family;
            f[5] = k.Historical;
            f[6] = k.Uncertain;
            f[7] = k.Hypothetical;
            f[8] = (float)k.Source;
            f[9] = k.FromRule ? 1 : 0;
            f[10] = k.Coded ? 1 : 0;
            f[11] = k.TermStems;
            f[12] = tokenCount > 0 && k.FirstToken < int.MaxValue ? (float)k.FirstToken / tokenCount : 1;
        }
        else
        {
            f[8] = -1;
            f[12] = 1;
        }

        f[13] = knn.Score;
        f[14] = knnMax > 0 ? knn.Score / knnMax : 0;
        f[15] = knn.Votes;
        f[16] = MathF.Log(1 + assoc.Sum);
        f[17] = assoc.Max;
        f[18] = assocMax > 0 ? assoc.Sum / assocMax : 0;
        f[19] = MathF.Log(1 + facts.Prior);
        f[20] = MathF.Log(1 + facts.CategoryCount);
        f[21] = code.Length;
        f[22] = billable ? 1 : 0;
        f[23] = dictInCategory;
        f[24] = inpatient ? 1 : 0;
        f[25] = code.Length > 0 ? code[0] - 'A' : 0;
        f[26] = knn.Best;
        f[27] = facts.Prior == 0 && k is not null ? 1 : 0;
        f[28] = conditional.Max;
        f[29] = MathF.Log(1 + conditional.Sum);
        f[30] = conditional.Count;

        // How often a vocabulary match for this code was right in the coded notes (smoothed); -1 when never matched.
        var (matched, correct) = (facts.Matched, facts.Correct);
        f[31] = matched > 0 ? (correct + 0.5f) / (matched + 2f) : -1;
        f[32] = MathF.Log(1 + matched);
    }

    /// <summary>
    /// Features relative to the note's other candidates, which trees scoring one row at a
    /// time cannot see: the learned-synonym and vocabulary strength against the note's best,
    /// and how many candidates share the code's category (competing readings of one finding).
    /// </summary>
    public static void FillRelative(CandidateRows rows) => FillRelative(rows, []);

    /// <summary><see cref="FillRelative(CandidateRows)"/> counting categories in <paramref name="perCategory"/> (scratch, cleared first).</summary>
    public static void FillRelative(CandidateRows rows, Dictionary<long, int> perCategory)
    {
        float condMax = 0, dictMax = 0;
        perCategory.Clear();
        foreach (var r in rows.Rows)
        {
            var f = rows.Features(r.Index);
            condMax = Math.Max(condMax, f[28]);
            dictMax = Math.Max(dictMax, f[0]);
            var cat = CorpusStatistics.CategoryKey(r.Code);
            perCategory[cat] = perCategory.GetValueOrDefault(cat) + 1;
        }

        foreach (var r in rows.Rows)
        {
            var f = rows.Features(r.Index);
            f[33] = condMax > 0 ? f[28] / condMax : 0;
            f[34] = dictMax > 0 ? f[0] / dictMax : 0;
            f[35] = perCategory.GetValueOrDefault(CorpusStatistics.CategoryKey(r.Code));
        }
    }
}
