using Claimsmith.CodeSets;
using Claimsmith.Coding.Knowledge;
using Claimsmith.Coding.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Claimsmith.Coding.Learning;

/// <summary>
/// Builds <see cref="CodingModels"/> from coded notes. The ranker's training rows are
/// cross-fitted: the corpus statistics (neighbours, associations, priors) that produce a
/// note's features are built from the other folds only, so the ranker learns how much to
/// trust them on notes they have not seen. The threshold is chosen on a fold the ranker was
/// not trained on (out-of-fold predictions of every fold), then the ranker is retrained on every row.
/// </summary>
public static class CodingTrainer
{
    private sealed class FeatureRow
    {
        [VectorType(Learning.Features.Count)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }

        public float Probability { get; set; }
    }

    private sealed record Sample(int Doc, string Code, float[] Features, bool Label);

    /// <summary>Trains diagnosis and procedure rankers.</summary>
    public static (CodingModels Models, CodingTrainingReport Report) Train(
        CodingEngine engine,
        IReadOnlyList<TrainingNote> notes,
        int folds = 5,
        int seed = 1,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (notes.Count < folds)
        {
            throw new ArgumentException($"At least {folds} notes are needed to train.", nameof(notes));
        }

        var parsed = notes.Select(n => NoteText.Parse(n.Text)).ToList();
        var knowledge = new List<Dictionary<(CodeSystem, string), Candidate>>(notes.Count);
        foreach (var note in parsed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            knowledge.Add(engine.Knowledge.Code(note, CareSetting.Inpatient, PatientSex.Unknown, [], []));
        }

        progress?.Report($"Parsed and matched {notes.Count} notes.");
        var rng = new Random(seed);
        var fold = Enumerable.Range(0, notes.Count).Select(i => i % folds).OrderBy(_ => rng.Next()).ToArray();

        var d = TrainSystem(engine, CodeSystem.Icd10Cm, notes.Select(n => Normalise(n.Diagnoses)).ToList(), parsed, knowledge, fold, folds, progress, cancellationToken);
        var p = TrainSystem(engine, CodeSystem.Icd10Pcs, notes.Select(n => Normalise(n.Procedures)).ToList(), parsed, knowledge, fold, folds, progress, cancellationToken);
        var report = new CodingTrainingReport(notes.Count, d.Rows, d.Recall, d.Ranker?.Threshold ?? double.NaN, d.F1, p.Rows, p.Recall, p.Ranker?.Threshold ?? double.NaN, p.F1)
        {
            DiagnosisHeldOutMap = d.Map,
            ProcedureHeldOutMap = p.Map,
        };
        return (new CodingModels(d.Ranker, p.Ranker), report);
    }

    internal static string[] Normalise(IEnumerable<string> codes) =>
        [.. codes.Select(c => c.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];

    private static (LearnedRanker? Ranker, int Rows, double Recall, double F1, double Map) TrainSystem(
        CodingEngine engine,
        CodeSystem system,
        List<string[]> gold,
        List<NoteText> parsed,
        List<Dictionary<(CodeSystem, string), Candidate>> knowledge,
        int[] fold,
        int folds,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        if (gold.All(g => g.Length == 0))
        {
            return (null, 0, 0, 0, 0);
        }

        var matched = knowledge.Select(k => (IEnumerable<string>)[.. k.Where(p => p.Key.Item1 == system && p.Value.Coded).Select(p => p.Key.Item2)]).ToList();
        var samples = new List<Sample>();
        var found = 0;
        for (var f = 0; f < folds; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trainDocs = Enumerable.Range(0, parsed.Count).Where(i => fold[i] != f).ToList();
            var stats = CorpusStatistics.Build([.. trainDocs.Select(i => (parsed[i], gold[i]))], [.. trainDocs.Select(i => matched[i])]);
            for (var i = 0; i < parsed.Count; i++)
            {
                if (fold[i] != f)
                {
                    continue;
                }

                var g = gold[i].ToHashSet(StringComparer.Ordinal);
                using var candidates = LearnedRanker.Candidates(stats, system, parsed[i], knowledge[i], engine.Knowledge.Refiner, inpatient: true);
                foreach (var row in candidates.Rows)
                {
                    var label = g.Contains(row.Code);
                    found += label ? 1 : 0;
                    samples.Add(new Sample(i, row.Code, candidates.Features(row.Index).ToArray(), label));
                }
            }

            progress?.Report($"{system}: fold {f + 1}/{folds}, {samples.Count} candidate rows.");
        }

        var goldTotal = gold.Sum(g => g.Length);
        var recall = goldTotal > 0 ? (double)found / goldTotal : 0;
        progress?.Report($"{system}: candidate recall {recall:P1} ({found}/{goldTotal}).");

        // Out-of-fold probabilities: each fold scored by trees trained on the other folds, so the
        // cut is chosen on predictions as uncertain as those on unseen notes.
        var outOfFold = new List<(int Doc, double P, bool Label)>(samples.Count);
        for (var f = 0; f < folds; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trees = Fit([.. samples.Where(s => fold[s.Doc] != f)]);
            outOfFold.AddRange(samples.Where(s => fold[s.Doc] == f).Select(s => (s.Doc, trees.Probability(s.Features), s.Label)));
        }

        var cut = ChooseThreshold(outOfFold, gold.Select(g => g.Length).ToArray());
        progress?.Report($"{system}: threshold {cut.Threshold:F3} (out-of-fold MAP {cut.Map:F3}, F1 {cut.F1:F3}).");

        var final = Fit(samples);
        var full = CorpusStatistics.Build([.. parsed.Select((n, i) => (n, gold[i]))], matched);
        return (new LearnedRanker(system, full, final, cut.Threshold), samples.Count, recall, cut.F1, cut.Map);
    }

    /// <summary>
    /// The probability cut for the default output. CodiEsp judges a ranked list by MAP (its
    /// headline measure, which only grows with a longer list) and by micro F1 (which a long
    /// list ruins); one output must serve both, so the cut maximises the smaller of the two
    /// over the out-of-fold predictions (a cut that favours either one lets the other fall).
    /// Each note keeps at least its best code and at most <see cref="CodingRequest.MaxSuggestions"/>'s
    /// default of 30; metrics as in score_codiesp.py (notes without gold codes take no part).
    /// </summary>
    internal static (double Threshold, double Map, double F1) ChooseThreshold(List<(int Doc, double P, bool Label)> scored, int[] goldCounts)
    {
        var lists = scored.GroupBy(s => s.Doc)
            .Where(g => g.Key < goldCounts.Length && goldCounts[g.Key] > 0)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.P).Take(30).ToArray());
        var goldDocs = goldCounts.Count(c => c > 0);
        var goldTotal = goldCounts.Sum();
        if (goldDocs == 0)
        {
            return (0.5, 0, 0);
        }

        double bestT = 0.5, bestMap = 0, bestF1 = 0, bestH = -1;
        for (var step = 1; step < 200; step++)
        {
            var t = step / 200.0;
            double apSum = 0;
            long tp = 0, predicted = 0;
            foreach (var (doc, list) in lists)
            {
                int hits = 0;
                double precSum = 0;
                for (var i = 0; i < list.Length && (i == 0 || list[i].P >= t); i++)
                {
                    predicted++;
                    if (list[i].Label)
                    {
                        hits++;
                        precSum += (double)hits / (i + 1);
                    }
                }

                tp += hits;
                apSum += precSum / goldCounts[doc];
            }

            var map = apSum / goldDocs;
            var f1 = goldTotal + predicted > 0 ? 2.0 * tp / (goldTotal + predicted) : 0;
            var h = Math.Min(map, f1);
            if (h > bestH)
            {
                (bestH, bestT, bestMap, bestF1) = (h, t, map, f1);
            }
        }

        return (bestT, bestMap, bestF1);
    }

    private static TreeEnsemble Fit(List<Sample> samples)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(samples.Select(s => new FeatureRow { Features = s.Features, Label = s.Label }));
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 200,
            NumberOfLeaves = 24,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            FeatureColumnName = "Features",
            LabelColumnName = "Label",
            NumberOfThreads = 2,
        };
        var model = ml.BinaryClassification.Trainers.FastTree(options).Fit(data);
        var calibrated = model.Model;
        var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
        var trees = new List<TreeEnsemble.Tree>();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            trees.Add(new TreeEnsemble.Tree(
                [.. tree.LeftChild],
                [.. tree.RightChild],
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeafValues],
                ensemble.TreeWeights[t]));
        }

        var slope = calibrated.Calibrator.Slope;
        var offset = calibrated.Calibrator.Offset;
        var mine = new TreeEnsemble(trees, ensemble.Bias, slope, offset);

        // Check the exported trees against ML.NET on a few rows, and pick the calibration sign ML.NET uses.
        var check = samples.Take(200).ToList();
        var predictions = ml.Data.CreateEnumerable<Prediction>(
            model.Transform(ml.Data.LoadFromEnumerable(check.Select(s => new FeatureRow { Features = s.Features, Label = s.Label }))), reuseRowObject: false).ToList();
        var flipped = new TreeEnsemble(trees, ensemble.Bias, -slope, -offset);
        double errMine = 0, errFlipped = 0, errRaw = 0;
        for (var i = 0; i < check.Count; i++)
        {
            errRaw = Math.Max(errRaw, Math.Abs(mine.Raw(check[i].Features) - predictions[i].Score));
            errMine = Math.Max(errMine, Math.Abs(mine.Probability(check[i].Features) - predictions[i].Probability));
            errFlipped = Math.Max(errFlipped, Math.Abs(flipped.Probability(check[i].Features) - predictions[i].Probability));
        }

        if (errRaw > 1e-3 || Math.Min(errMine, errFlipped) > 1e-3)
        {
            throw new InvalidOperationException($"Exported trees disagree with ML.NET (raw {errRaw:G3}, probability {Math.Min(errMine, errFlipped):G3}).");
        }

        return errMine <= errFlipped ? mine : flipped;
    }
}
