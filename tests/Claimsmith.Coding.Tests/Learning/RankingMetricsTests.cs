using Claimsmith.Coding.Evaluation;

namespace Claimsmith.Coding.Tests.Learning;

/// <summary>The score_codiesp.py definitions on hand-computed examples.</summary>
public sealed class RankingMetricsTests
{
    private static Dictionary<string, IReadOnlyList<string>> Read(string tsv) => RankingMetrics.ReadCodes(new StringReader(tsv));

    [Fact]
    public void Map_precision_recall_and_f1_match_the_reference_definitions()
    {
        var gold = Read("d1\tn23\nd1\tr31.9\nd2\ti10\nd3\te11.9\n");
        // d1: hit at 1 and 3 -> AP = (1/1 + 2/3) / 2; d2: hit at 2 -> AP = 1/2; d3: nothing predicted -> 0.
        var pred = Read("d1\tN23\t0.9\nd1\tz87.891\t0.5\nd1\tR319\t0.4\nd2\tE78.5\nd2\tI10\nd2\ti10\nx9\ti10\n");
        var s = RankingMetrics.Score(gold, pred);
        Assert.Equal(3, s.Documents);
        Assert.Equal(((1 + (2.0 / 3)) / 2 + 0.5) / 3, s.MeanAveragePrecision, 9);
        Assert.Equal(3.0 / 5, s.Precision, 9); // duplicates removed, x9 not in gold
        Assert.Equal(3.0 / 4, s.Recall, 9);
        Assert.Equal(2 * 0.6 * 0.75 / 1.35, s.F1, 9);
    }

    [Fact]
    public void Category_level_compares_leading_characters()
    {
        var gold = Read("d1\tn20.0\n");
        var pred = Read("d1\tn20.1\n");
        Assert.Equal(0, RankingMetrics.Score(gold, pred).F1);
        Assert.Equal(1, RankingMetrics.Score(gold, pred, 3).F1, 9);
    }

    [Fact]
    public void Short_and_blank_lines_are_skipped()
    {
        var codes = Read("d1\n\nd1\t\nd1\tI10\n");
        Assert.Equal(["I10"], codes["d1"]);
    }
}
