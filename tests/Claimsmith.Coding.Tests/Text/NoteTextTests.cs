using Claimsmith.Coding.Text;

namespace Claimsmith.Coding.Tests.Text;

/// <summary>Tokens share pooled words and stems; the note's grams are distinct and stay within a sentence.</summary>
public sealed class NoteTextTests
{
    [Fact]
    public void Repeated_words_share_one_pooled_string_and_stem()
    {
        var note = NoteText.Parse("Diabetic patient. DIABETIC diet. Diabetes.");
        var diabetic = note.Tokens.Where(t => t.Lower == "diabetic").ToList();
        Assert.Equal(2, diabetic.Count);
        Assert.Same(diabetic[0].Lower, diabetic[1].Lower);
        Assert.Same(diabetic[0].Stem, diabetic[1].Stem);
        Assert.Equal(Stemmer.Stem("diabetic"), diabetic[0].Stem);
        Assert.Equal(diabetic[0].Stem, note.Tokens.Single(t => t.Lower == "diabetes").Stem);
    }

    [Fact]
    public void Grams_are_distinct_stems_and_same_sentence_bigrams()
    {
        var note = NoteText.Parse("Renal colic. Renal colic again.");
        var grams = note.Grams.Select(g => g.Gram).ToList();
        Assert.Equal(grams.Count, grams.Distinct(StringComparer.Ordinal).Count());
        var renal = Stemmer.Stem("renal");
        var colic = Stemmer.Stem("colic");
        Assert.Contains($"{renal} {colic}", grams);
        // "colic renal" would cross the sentence boundary.
        Assert.DoesNotContain($"{colic} {renal}", grams);
        // The bigram points at its last word's first occurrence.
        Assert.Equal(1, note.Grams.Single(g => g.Gram == $"{renal} {colic}").Token);
    }
}

/// <summary>A caller wanting diagnoses only can skip the procedure ranking without changing the diagnoses.</summary>
public sealed class IncludeProceduresTests
{
    [Fact]
    public void Diagnoses_only_request_returns_the_same_diagnoses_and_no_procedures()
    {
        var engine = Fixtures.CodingFixture.Engine;
        const string text = "Fracture of the neck of the right femur after a fall. Appendectomy was performed.";
        var full = engine.Suggest(new CodingRequest(text, CareSetting.Inpatient, Fixtures.CodingFixture.Date));
        var diagnosesOnly = engine.Suggest(new CodingRequest(text, CareSetting.Inpatient, Fixtures.CodingFixture.Date) { IncludeProcedures = false });
        Assert.NotEmpty(full.Diagnoses);
        Assert.Equal(full.Diagnoses.Select(d => d.Code), diagnosesOnly.Diagnoses.Select(d => d.Code));
        Assert.Empty(diagnosesOnly.Procedures);
    }
}
