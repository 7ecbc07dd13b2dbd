using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.Tests.Fixtures;

namespace Claimsmith.Edits.Tests.Diagnoses;

/// <summary>ICD-10-CM edits on the real FY2026 code files: each fires, and stays quiet on the corrected claim.</summary>
public sealed class DiagnosisEditTests
{
    private static ScrubResult Dx(params string[] codes) => Scrub.Run(TestClaims.Professional(codes));

    private static ScrubResult Dx(ScrubClaim claim) => Scrub.Run(claim);

    [Fact]
    public void CleanClaim_HasNoFindings()
    {
        var r = Dx("I10");
        Assert.True(r.IsClean, Scrub.Describe(r));
        Assert.False(r.HasErrors);
    }

    [Fact]
    public void DeletedCode_FiresForFy2026_WithReplacements_AndIsQuietForFy2025()
    {
        var f = Dx("G35").Fires(RuleIds.DxNotValidForDate);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("G35.", f.Fix, StringComparison.Ordinal);

        var fy2025 = TestClaims.Professional(["G35"]) with { Lines = [TestClaims.Line(1, "99213") with { ServiceDate = new DateOnly(2025, 5, 1) }] };
        Dx(fy2025).Quiet(RuleIds.DxNotValidForDate);
    }

    [Fact]
    public void CodeAddedForFy2026_FiresForAnFy2025Date()
    {
        var fy2025 = TestClaims.Professional(["G35.A"]) with { Lines = [TestClaims.Line(1, "99213") with { ServiceDate = new DateOnly(2025, 5, 1) }] };
        Assert.Contains("not valid yet", Dx(fy2025).Fires(RuleIds.DxNotValidForDate).Message, StringComparison.Ordinal);
        Dx("G35.A").Quiet(RuleIds.DxNotValidForDate);
    }

    [Fact]
    public void HeaderCode_Fires_BillableCode_Quiet()
    {
        Dx("E11").Fires(RuleIds.DxHeader);
        Dx("E11.9").Quiet(RuleIds.DxHeader);
    }

    [Fact]
    public void MissingSeventhCharacter_Fires_CompleteCode_Quiet()
    {
        var f = Dx("S72.001", "W19.XXXA").Fires(RuleIds.DxMissingSeventh);
        Assert.Contains("A", f.Message, StringComparison.Ordinal);
        var ok = Dx("S72.001A", "W19.XXXA");
        ok.Quiet(RuleIds.DxMissingSeventh);
        ok.Quiet(RuleIds.DxInvalidSeventh);
        ok.Quiet(RuleIds.DxUnknown);
    }

    [Fact]
    public void InvalidSeventhCharacter_Fires()
    {
        Dx("S72.001Z").Fires(RuleIds.DxInvalidSeventh);
    }

    [Fact]
    public void Excludes1Pair_Fires_Once_UnrelatedPair_Quiet()
    {
        var r = Dx("E11.9", "E10.9");
        r.Fires(RuleIds.DxExcludes1);
        Assert.Single(r.Findings, f => f.RuleId == RuleIds.DxExcludes1);
        Dx("E11.9", "I10").Quiet(RuleIds.DxExcludes1);
    }

    [Fact]
    public void ManifestationFirst_Fires_EtiologyFirst_Quiet()
    {
        Dx("F02.80", "G30.9").Fires(RuleIds.DxManifestationFirst);
        var ok = Dx("G30.9", "F02.80");
        ok.Quiet(RuleIds.DxManifestationFirst);
        ok.Quiet(RuleIds.DxMissingEtiology);
    }

    [Fact]
    public void ManifestationWithoutEtiology_Fires()
    {
        Dx("I10", "F02.80").Fires(RuleIds.DxMissingEtiology);
    }

    [Fact]
    public void ExternalCauseFirst_Fires_InjuryFirst_Quiet()
    {
        Dx("W19.XXXA", "S72.001A").Fires(RuleIds.DxExternalCauseFirst);
        Dx("S72.001A", "W19.XXXA").Quiet(RuleIds.DxExternalCauseFirst);
    }

    [Fact]
    public void UseAdditionalCode_RemindsAsInfo_QuietWhenTheCodeIsThere()
    {
        var f = Dx("E11.22").Fires(RuleIds.DxUseAdditional);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.DoesNotContain(Dx("E11.22", "N18.4").Findings, x => x.RuleId == RuleIds.DxUseAdditional && x.Code == "E11.22");
    }

    [Theory]
    [InlineData("P59.9", "1985-01-01", RuleIds.DxAgeNewborn)]
    [InlineData("Z00.129", "1985-01-01", RuleIds.DxAgePediatric)]
    [InlineData("O80", "1950-01-01", RuleIds.DxAgeMaternity)]
    [InlineData("Z00.00", "2020-06-01", RuleIds.DxAgeAdult)]
    public void AgeConflict_Fires(string code, string birth, string rule)
    {
        Dx(WithBirth(code, DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture))).Fires(rule);
    }

    [Theory]
    [InlineData("P59.9", "2026-01-01", RuleIds.DxAgeNewborn)]
    [InlineData("Z00.129", "2020-06-01", RuleIds.DxAgePediatric)]
    [InlineData("O80", "1995-01-01", RuleIds.DxAgeMaternity)]
    [InlineData("Z00.00", "1985-01-01", RuleIds.DxAgeAdult)]
    public void AgeConflict_QuietForTheRightAge(string code, string birth, string rule)
    {
        Dx(WithBirth(code, DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture))).Quiet(rule);
    }

    [Fact]
    public void SexConflict_Fires_AndIsQuietForTheRightSex()
    {
        Dx(WithSex("N40.0", PatientSex.Female)).Fires(RuleIds.DxSex);
        Dx(WithSex("N40.0", PatientSex.Male)).Quiet(RuleIds.DxSex);
        Dx(WithSex("O80", PatientSex.Male)).Fires(RuleIds.DxSex);
        Dx(WithSex("N40.0", PatientSex.Unknown)).Quiet(RuleIds.DxSex);
    }

    [Fact]
    public void UnspecifiedCode_Warns_SpecificCode_Quiet()
    {
        var f = Dx("J18.9").Fires(RuleIds.DxUnspecified);
        Assert.Equal(Severity.Warning, f.Severity);
        Dx("J13").Quiet(RuleIds.DxUnspecified);
    }

    [Fact]
    public void BadShapeUnknownAndDuplicate_Fire()
    {
        Dx("123").Fires(RuleIds.DxInvalidShape);
        Dx("E11.99").Fires(RuleIds.DxUnknown);
        Dx("I10", "I10").Fires(RuleIds.DxDuplicate);
        Dx("I10", "E11.9").Quiet(RuleIds.DxDuplicate);
    }

    [Fact]
    public void PresentOnAdmission_InvalidFires_OnInpatientClaims()
    {
        var inpatient = TestClaims.Institutional() with { TypeOfBill = "111", FrequencyCode = "1", AdmissionDate = TestClaims.Dos, Diagnoses = [new ScrubDiagnosis("I10", 'Q')] };
        Dx(inpatient).Fires(RuleIds.DxPoaInvalid);
        var ok = inpatient with { Diagnoses = [new ScrubDiagnosis("I10", 'Y')] };
        Dx(ok).Quiet(RuleIds.DxPoaInvalid);
    }

    private static ScrubClaim WithBirth(string code, DateOnly birth) => TestClaims.Professional([code]) with { PatientBirthDate = birth };

    private static ScrubClaim WithSex(string code, PatientSex sex) => TestClaims.Professional([code]) with { PatientSex = sex };
}
