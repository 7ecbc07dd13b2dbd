using Claimsmith.Coding.Learning;
using Claimsmith.Coding.Tests.Fixtures;

namespace Claimsmith.Coding.Tests.Learning;

/// <summary>Training on a synthetic corpus: the learned ranker picks up a phrasing the vocabulary lacks.</summary>
public sealed class TrainerTests
{
    // "Bilious colic" is not in the fixture vocabulary; in the corpus it is always coded K81.0.
    private static readonly string[] Fillers =
    [
        "The patient was seen in clinic.", "Vital signs were stable.", "Laboratory tests were ordered.",
        "She was discharged home.", "He tolerated the procedure well.", "Follow-up was arranged.",
    ];

    private static List<TrainingNote> Corpus(int n)
    {
        var notes = new List<TrainingNote>();
        for (var i = 0; i < n; i++)
        {
            var filler = Fillers[i % Fillers.Length] + " " + Fillers[(i + 2) % Fillers.Length];
            notes.Add((i % 3) switch
            {
                0 => new TrainingNote($"a{i}", $"Case {i}. Sudden bilious colic with vomiting. {filler}", ["K81.0"], ["0FT44ZZ"]),
                1 => new TrainingNote($"b{i}", $"Case {i}. Hypertension under treatment. {filler}", ["I10"], []),
                _ => new TrainingNote($"c{i}", $"Case {i}. Productive cough for a week. {filler}", ["R05.9"], ["BW03ZZZ"]),
            });
        }

        return notes;
    }

    [Fact]
    public void Learned_model_suggests_codes_from_phrasing_learned_in_training_and_round_trips_to_disk()
    {
        var engine = CodingFixture.Engine;
        var (models, report) = CodingTrainer.Train(engine, Corpus(60), folds: 3, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(60, report.Notes);
        Assert.True(report.DiagnosisCandidateRecall > 0.9, $"candidate recall {report.DiagnosisCandidateRecall}");
        Assert.True(models.HasDiagnosisModel && models.HasProcedureModel);

        var dir = Directory.CreateTempSubdirectory("claimsmith-cac-model-");
        try
        {
            models.Save(dir.FullName);
            var loaded = CodingModels.Load(dir.FullName, out var issues);
            Assert.Empty(issues);
            Assert.NotNull(loaded);
            Assert.Equal(models.DiagnosisThreshold, loaded.DiagnosisThreshold);

            var learned = new CodingEngine(CodingFixture.Snapshot, loaded);
            var result = learned.Suggest(new CodingRequest("New case. Bilious colic since this morning.", CareSetting.Inpatient, CodingFixture.Date));
            Assert.True(result.UsedLearnedModel);
            var top = result.Diagnoses[0];
            Assert.Equal("K810", top.Code);
            Assert.Equal(SuggestionSource.Learned, top.Rationale.Source);
            Assert.Contains(top.Evidence, e => e.Text.Contains("bilious", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(result.Procedures, p => p.Code == "0FT44ZZ");

            // Knowledge-only engine has no idea what bilious colic is.
            var plain = CodingFixture.Engine.Suggest(new CodingRequest("New case. Bilious colic since this morning.", CareSetting.Inpatient, CodingFixture.Date));
            Assert.DoesNotContain(plain.Diagnoses, d => d.Code == "K810");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Damaged_model_file_is_reported_not_thrown()
    {
        var dir = Directory.CreateTempSubdirectory("claimsmith-cac-bad-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "icd10cm.cacmodel"), "not a model");
            var models = CodingModels.Load(dir.FullName, out var issues);
            Assert.Null(models);
            Assert.Contains(issues, i => i.Code == "CAC020");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
