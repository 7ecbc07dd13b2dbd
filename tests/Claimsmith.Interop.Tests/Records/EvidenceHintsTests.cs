using Claimsmith.Billing;

namespace Claimsmith.Interop.Tests.Records;

public sealed class EvidenceHintsTests
{
    private static ClinicalObservation Lab(string loinc, string value, AbnormalFlag flag = AbnormalFlag.None) =>
        new() { Kind = ObservationKind.Laboratory, CodeSystem = CodeSystems.Loinc, Code = loinc, Value = value, Interpretation = flag };

    private static ClinicalObservation Imaging(string impression) =>
        new() { Kind = ObservationKind.Imaging, CodeSystem = CodeSystems.Cpt, Code = "73110", Impression = impression };

    [Theory]
    [InlineData("E11.9", "4548-4", "8.1", AbnormalFlag.High, EvidenceStance.Supports)]
    [InlineData("E11.65", "4548-4", "5.2", AbnormalFlag.Normal, EvidenceStance.Contradicts)]
    [InlineData("E11.9", "2345-7", "212", AbnormalFlag.High, EvidenceStance.Supports)]
    [InlineData("D64.9", "718-7", "9.1", AbnormalFlag.Low, EvidenceStance.Supports)]
    [InlineData("N18.3", "33914-3", "42", AbnormalFlag.Low, EvidenceStance.Supports)]
    [InlineData("E87.6", "2823-3", "3.0", AbnormalFlag.Low, EvidenceStance.Supports)]
    [InlineData("E03.9", "3016-3", "9.5", AbnormalFlag.High, EvidenceStance.Supports)]
    public void LabValues(string code, string loinc, string value, AbnormalFlag flag, EvidenceStance stance)
    {
        var hint = Assert.Single(EvidenceHints.For([code], [Lab(loinc, value, flag)]));
        Assert.Equal((code, stance), (hint.Code, hint.Stance));
    }

    [Theory]
    [InlineData("S62.101A", "No acute fracture or dislocation.", EvidenceStance.Contradicts)]
    [InlineData("S52.501A", "Negative for fracture.", EvidenceStance.Contradicts)]
    [InlineData("S72.001A", "Displaced fracture of the femoral neck.", EvidenceStance.Supports)]
    [InlineData("J18.9", "Right lower lobe consolidation.", EvidenceStance.Supports)]
    [InlineData("J18.9", "No focal consolidation. Lungs are clear.", EvidenceStance.Contradicts)]
    public void ImagingImpressions(string code, string impression, EvidenceStance stance) =>
        Assert.Equal(stance, Assert.Single(EvidenceHints.For([code], [Imaging(impression)])).Stance);

    [Fact]
    public void UnrelatedFindings_GiveNoHint()
    {
        Assert.Empty(EvidenceHints.For(["I10", "S63.501A"], [Lab("4548-4", "8.1", AbnormalFlag.High), Imaging("Normal study.")]));
        // S63 is a dislocation/sprain category, not a fracture one.
        Assert.Empty(EvidenceHints.For(["S63.501A"], [Imaging("No acute fracture.")]));
    }
}
