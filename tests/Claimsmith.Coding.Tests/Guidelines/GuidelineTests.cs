using Claimsmith.Coding.Tests.Fixtures;

namespace Claimsmith.Coding.Tests.Guidelines;

/// <summary>Guideline behaviours of the knowledge pass on short notes (no learned model).</summary>
public sealed class GuidelineTests
{
    private static CodingResult Code(string text, CareSetting setting = CareSetting.Outpatient, PatientSex sex = PatientSex.Unknown) =>
        CodingFixture.Engine.Suggest(new CodingRequest(text, setting, CodingFixture.Date, null, sex));

    private static List<string> Codes(CodingResult r) => [.. r.Diagnoses.Select(d => d.Code)];

    [Fact]
    public void Present_finding_is_coded_with_evidence_offsets_into_the_note()
    {
        const string text = "Seen today. Patient reports chest pain since yesterday.";
        var r = Code(text);
        var s = Assert.Single(r.Diagnoses, d => d.Code == "R079");
        var span = Assert.Single(s.Evidence);
        Assert.Equal("chest pain", text.Substring(span.Start, span.Length));
        Assert.Equal("R07.9", s.DisplayCode);
        Assert.Equal("Chest pain, unspecified", s.Description);
        Assert.Contains("R07.9", s.Rationale.Path, StringComparison.Ordinal);
        Assert.InRange(s.Score, 0.0, 1.0);
    }

    [Theory]
    [InlineData("Patient denies chest pain.", "R079")]
    [InlineData("No evidence of pneumonia on the radiograph.", "J189")]
    [InlineData("Pneumonia was ruled out.", "J189")]
    [InlineData("Negative for fever, cough or chest pain.", "R059")]
    public void Negated_findings_are_not_coded(string text, string code)
    {
        var r = Code(text);
        Assert.DoesNotContain(code, Codes(r));
        Assert.Contains(r.Excluded, e => e.Reason == Assertion.Negated && e.Code.Replace(".", "", StringComparison.Ordinal) == code);
    }

    [Fact]
    public void Negation_scope_ends_at_but()
    {
        var r = Code("No fever but persistent cough.");
        Assert.DoesNotContain("R509", Codes(r));
        Assert.Contains("R059", Codes(r));
    }

    [Fact]
    public void Family_history_goes_to_Z_code_not_the_condition()
    {
        var r = Code("Mother has type 2 diabetes.");
        Assert.DoesNotContain(Codes(r), c => c.StartsWith("E11", StringComparison.Ordinal));
        var z = Assert.Single(r.Diagnoses, d => d.Code == "Z833");
        Assert.Contains(z.Rationale.Guidelines, g => g.Contains("family history", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Historical_condition_goes_to_personal_history_Z_code()
    {
        var r = Code("History of pneumonia three years ago, fully recovered.");
        Assert.DoesNotContain("J189", Codes(r));
        Assert.Contains("Z8701", Codes(r));
        Assert.Contains(r.Excluded, e => e.Reason == Assertion.Historical);
    }

    [Fact]
    public void Hypothetical_condition_is_not_coded()
    {
        var r = Code("Return if fever develops.");
        Assert.DoesNotContain("R509", Codes(r));
        Assert.Contains(r.Excluded, e => e.Reason == Assertion.Hypothetical);
    }

    [Fact]
    public void Uncertain_diagnosis_outpatient_codes_the_symptoms_instead()
    {
        var r = Code("Cough and fever for three days. Probable pneumonia.", CareSetting.Outpatient);
        Assert.DoesNotContain("J189", Codes(r));
        Assert.Contains("R059", Codes(r));
        Assert.Contains("R509", Codes(r));
        Assert.Contains(r.Excluded, e => e.Reason == Assertion.Uncertain && e.Guideline.StartsWith("IV.H", StringComparison.Ordinal));
    }

    [Fact]
    public void Uncertain_diagnosis_inpatient_is_coded_as_established()
    {
        var r = Code("Cough and fever for three days. Probable pneumonia.", CareSetting.Inpatient);
        var s = Assert.Single(r.Diagnoses, d => d.Code == "J189");
        Assert.Contains(s.Rationale.Guidelines, g => g.StartsWith("II.H", StringComparison.Ordinal));
    }

    [Fact]
    public void Diabetes_with_ckd_is_the_combination_code_and_ckd_stage_follows()
    {
        var r = Code("Type 2 diabetes mellitus. Chronic kidney disease stage 3.");
        var codes = Codes(r);
        Assert.Contains("E1122", codes);
        Assert.Contains("N1830", codes);
        Assert.DoesNotContain("E119", codes);
        var e = r.Diagnoses.Single(d => d.Code == "E1122");
        var n = r.Diagnoses.Single(d => d.Code == "N1830");
        Assert.True(e.Sequence < n.Sequence, "N18 says code first E11.22");
        Assert.Contains(e.Rationale.Guidelines, g => g.StartsWith("I.C.4.a", StringComparison.Ordinal));
        Assert.Equal(SuggestionSource.GuidelineRule, e.Rationale.Source);
        Assert.True(e.Evidence.Count >= 2, "evidence from both conditions");
    }

    [Fact]
    public void Diabetes_with_neuropathy_replaces_the_polyneuropathy_code()
    {
        var r = Code("Type 2 diabetes with polyneuropathy of both feet.");
        var codes = Codes(r);
        Assert.Contains("E1140", codes);
        Assert.DoesNotContain("G629", codes);
        Assert.DoesNotContain("E119", codes);
    }

    [Fact]
    public void Hypertension_with_heart_failure_is_I11_0_plus_the_heart_failure()
    {
        var codes = Codes(Code("Hypertension. Heart failure."));
        Assert.Contains("I110", codes);
        Assert.Contains("I509", codes);
        Assert.DoesNotContain("I10", codes);
    }

    [Fact]
    public void Hypertension_with_ckd_is_I12()
    {
        var codes = Codes(Code("Hypertension. Chronic kidney disease stage 3."));
        Assert.Contains("I129", codes);
        Assert.Contains("N1830", codes);
        Assert.DoesNotContain("I10", codes);
    }

    [Fact]
    public void Hypertension_with_esrd_is_I12_0()
    {
        var codes = Codes(Code("Hypertension. End stage renal disease on dialysis."));
        Assert.Contains("I120", codes);
        Assert.Contains("N186", codes);
    }

    [Fact]
    public void Hypertension_with_heart_failure_and_ckd_is_I13()
    {
        var codes = Codes(Code("Hypertension. Heart failure. Chronic kidney disease stage 3."));
        Assert.Contains("I130", codes);
        Assert.DoesNotContain("I110", codes);
        Assert.DoesNotContain("I129", codes);
        Assert.DoesNotContain("I10", codes);
    }

    [Theory]
    [InlineData("Primary osteoarthritis of the left knee.", "M1712")]
    [InlineData("Primary osteoarthritis of the right knee.", "M1711")]
    public void Laterality_selects_the_side(string text, string expected)
    {
        var codes = Codes(Code(text));
        Assert.Contains(expected, codes);
        Assert.DoesNotContain("M1710", codes);
    }

    [Theory]
    [InlineData("Acute cholecystitis.", "K810", "K811")]
    [InlineData("Chronic cholecystitis.", "K811", "K810")]
    public void Acuity_selects_acute_or_chronic(string text, string expected, string other)
    {
        var codes = Codes(Code(text));
        Assert.Contains(expected, codes);
        Assert.DoesNotContain(other, codes);
        Assert.DoesNotContain("K819", codes);
    }

    [Fact]
    public void Fracture_initial_encounter_gets_7th_character_A_and_closed_by_default()
    {
        var r = Code("Fracture of the neck of the right femur after a fall.", CareSetting.Inpatient);
        var s = Assert.Single(r.Diagnoses, d => d.Code.StartsWith("S72", StringComparison.Ordinal));
        Assert.Equal("S72001A", s.Code);
    }

    [Fact]
    public void Fracture_follow_up_gets_7th_character_D()
    {
        var r = Code("Follow-up visit: fracture of the neck of the right femur, routine healing.");
        Assert.Contains("S72001D", Codes(r));
    }

    [Fact]
    public void Most_specific_code_wins_over_the_less_specific_reading()
    {
        var codes = Codes(Code("Chronic kidney disease stage 3."));
        Assert.Contains("N1830", codes);
        Assert.DoesNotContain("N189", codes);
    }

    [Fact]
    public void Sex_edit_drops_a_code_for_the_other_sex()
    {
        var r = Code("Ovarian cyst found on ultrasound.", sex: PatientSex.Male);
        Assert.DoesNotContain("N83209", Codes(r));
        Assert.Contains(r.Issues, i => i.Code == "CAC010");
        Assert.Contains("N83209", Codes(Code("Ovarian cyst found on ultrasound.", sex: PatientSex.Female)));
    }

    [Fact]
    public void Procedures_are_suggested_for_inpatients_only()
    {
        const string text = "Chest x-ray showed no consolidation. Laparoscopic cholecystectomy performed.";
        Assert.Empty(Code(text, CareSetting.Outpatient).Procedures);
        var r = Code(text, CareSetting.Inpatient);
        Assert.Contains(r.Procedures, p => p.Code == "BW03ZZZ");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void Empty_note_returns_an_issue_not_an_exception(string text)
    {
        var r = Code(text);
        Assert.Empty(r.Diagnoses);
        Assert.Contains(r.Issues, i => i.Code == "CAC001");
    }

    [Fact]
    public void Abbreviations_and_synonyms_are_understood()
    {
        var codes = Codes(Code("PMH unremarkable. Now HTN and CHF."));
        Assert.Contains("I110", codes);
    }

    [Fact]
    public void Hypertensive_heart_disease_with_heart_failure_keeps_one_I11_code()
    {
        var codes = Codes(Code("Hypertensive heart disease. Heart failure."));
        Assert.Contains("I110", codes);
        Assert.DoesNotContain("I119", codes);
    }
}
