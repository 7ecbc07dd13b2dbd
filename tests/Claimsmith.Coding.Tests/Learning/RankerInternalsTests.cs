using Claimsmith.Coding.Learning;
using Claimsmith.Coding.Text;

namespace Claimsmith.Coding.Tests.Learning;

/// <summary>The cut chosen for the default output, the tree evaluation and the learned synonyms.</summary>
public sealed class RankerInternalsTests
{
    [Fact]
    public void Cut_balances_map_and_f1_instead_of_maximising_f1_alone()
    {
        // Two notes, two gold codes each. Ranked lists (probability, gold?):
        // note 0: 0.9 yes, 0.6 no, 0.3 yes; note 1: 0.8 yes, 0.5 no, 0.2, 0.15, 0.14, 0.13 no, 0.12 yes.
        // Cutting at 0.8 gives F1 0.67 but MAP 0.5; keeping everything gives MAP 0.74 but F1 0.57;
        // the cut above 0.2 (all of note 0, two of note 1) keeps MAP 0.667 and F1 0.667.
        var scored = new List<(int Doc, double P, bool Label)>
        {
            (0, 0.9, true), (0, 0.6, false), (0, 0.3, true),
            (1, 0.8, true), (1, 0.5, false), (1, 0.2, false), (1, 0.15, false), (1, 0.14, false), (1, 0.13, false), (1, 0.12, true),
        };
        var (threshold, map, f1) = CodingTrainer.ChooseThreshold(scored, [2, 2]);
        Assert.InRange(threshold, 0.205, 0.3);
        Assert.Equal(((1 + (2.0 / 3)) / 2 + 0.5) / 2, map, 9);
        Assert.Equal(2.0 * 3 / (4 + 5), f1, 9);
        Assert.True(Math.Min(map, f1) > 0.6);
    }

    [Fact]
    public void Notes_without_gold_codes_take_no_part_in_the_cut()
    {
        var scored = new List<(int Doc, double P, bool Label)> { (0, 0.9, true), (1, 0.95, false), (1, 0.9, false) };
        var (_, map, f1) = CodingTrainer.ChooseThreshold(scored, [1, 0]);
        Assert.Equal(1, map, 9);
        Assert.Equal(1, f1, 9);
    }

    [Fact]
    public void Cascade_scores_the_strongest_rows_exactly_and_drops_the_rest()
    {
        // 60 single-split trees on feature 0: every tree adds +1 above 0.5 and -1 below, so the
        // partial sum after the first trees already orders the rows the way the full sum does.
        var trees = Enumerable.Range(0, TreeEnsemble.CascadeTrees + 20)
            .Select(_ => new TreeEnsemble.Tree([~0], [~1], [0], [0.5f], [-1.0, 1.0], 0.1)).ToList();
        var ensemble = new TreeEnsemble(trees, 0, -1, 0);
        float[] matrix = [0.9f, 0.1f, 0.8f, 0.2f, 0.7f];
        var exact = new double[5];
        ensemble.Probabilities(matrix, 1, exact);
        var cascade = new double[5];
        var scored = new bool[5];
        ensemble.Probabilities(matrix, 1, cascade, keep: 3, scored);

        Assert.Equal([true, false, true, false, true], scored);
        foreach (var r in new[] { 0, 2, 4 })
        {
            Assert.Equal(exact[r], cascade[r], 12);
        }

        Assert.Equal(0, cascade[1]);
        Assert.Equal(0, cascade[3]);
    }

    [Fact]
    public void Batch_tree_evaluation_equals_row_by_row_evaluation()
    {
        // Tree 1 splits on feature 0 at 0.5, then on feature 1 at 2; tree 2 is a single leaf.
        var trees = new List<TreeEnsemble.Tree>
        {
            new([~0, ~1], [1, ~2], [0, 1], [0.5f, 2f], [-1.0, 0.5, 2.0], 0.8),
            new([], [], [], [], [0.25], 1.0),
        };
        var ensemble = new TreeEnsemble(trees, 0.1, -1.2, 0.3);
        float[][] rows = [[0.2f, 9f], [0.7f, 1f], [0.7f, 3f], [0.5f, 2f]];
        var batch = new double[rows.Length];
        ensemble.Probabilities([.. rows.SelectMany(r => r)], 2, batch);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(ensemble.Probability(rows[i]), batch[i], 12);
        }

        // Row 2 goes right then right: raw = 0.1 + 0.8 * 2.0 + 0.25.
        Assert.Equal(0.1 + 1.6 + 0.25, ensemble.Raw(rows[2]), 12);
        Assert.Equal(1 / (1 + Math.Exp((-1.2 * 1.95) + 0.3)), batch[2], 12);

        // Round trip keeps the evaluation.
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ensemble.Write(w);
        }

        stream.Position = 0;
        using var r = new BinaryReader(stream);
        Assert.Equal(ensemble.Probability(rows[1]), TreeEnsemble.Read(r).Probability(rows[1]), 12);
    }

    [Fact]
    public void Learned_synonyms_and_vocabulary_precision_come_from_the_coded_notes()
    {
        // "Bilious colic" comes with K810 in three notes of four; the vocabulary matched I10 in
        // two notes and was right once.
        var docs = new List<(NoteText, string[])>
        {
            (NoteText.Parse("Bilious colic after a fatty meal."), ["K810"]),
            (NoteText.Parse("Recurrent bilious colic."), ["K810", "I10"]),
            (NoteText.Parse("Bilious colic again, now settled."), ["K810"]),
            (NoteText.Parse("Bilious colic suspected, not confirmed."), ["R101"]),
            (NoteText.Parse("Hypertension was controlled."), ["I10"]),
        };
        IEnumerable<string>[] matched = [[], ["I10"], [], [], ["I10", "I10"]];
        var stats = CorpusStatistics.Build(docs, matched);

        var note = NoteText.Parse("Today: bilious colic.");
        var signals = stats.Collect(note);
        try
        {
            var k810 = stats.CodeId("K810");
            Assert.True(k810 >= 0);
            // P(K810 | "biliou col") = 3 notes with it / (4 notes with the phrase + 1).
            Assert.Equal(3f / 5, signals.CondMax[k810], 5);
            Assert.True(signals.CondCount[k810] >= 1);
            Assert.Equal(0, signals.CondCount[stats.CodeId("I10")]);
        }
        finally
        {
            stats.Return(signals);
        }

        var facts = stats.FactsOf("I10");
        Assert.Equal(2, facts.Prior);
        Assert.Equal((2, 2), (facts.Matched, facts.Correct));
        Assert.Equal(0, stats.FactsOf("Z99").Prior);
        Assert.Equal(-1, stats.CodeId("Z99"));
    }
}
