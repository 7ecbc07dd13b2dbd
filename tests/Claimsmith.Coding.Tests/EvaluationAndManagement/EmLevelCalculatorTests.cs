using Claimsmith.Coding.EvaluationAndManagement;

namespace Claimsmith.Coding.Tests.EvaluationAndManagement;

public sealed class EmLevelCalculatorTests
{
    private static readonly EmProblems NoProblems = new();
    private static readonly EmData NoData = new();

    private static EmResult ByTime(bool newPatient, int minutes) =>
        EmLevelCalculator.Calculate(new EmInput(newPatient, minutes, new EmProblems { SelfLimitedOrMinor = 1 }, NoData, MdmLevel.Straightforward));

    [Theory]
    [InlineData(14, "99202")] // below 15: time cannot be used, straightforward MDM still gives 99202
    [InlineData(15, "99202")]
    [InlineData(29, "99202")]
    [InlineData(30, "99203")]
    [InlineData(44, "99203")]
    [InlineData(45, "99204")]
    [InlineData(59, "99204")]
    [InlineData(60, "99205")]
    [InlineData(90, "99205")]
    public void New_patient_time_boundaries(int minutes, string expected)
    {
        var r = ByTime(true, minutes);
        Assert.Equal(expected, r.Code);
    }

    [Theory]
    [InlineData(9, "99212")]
    [InlineData(10, "99212")]
    [InlineData(19, "99212")]
    [InlineData(20, "99213")]
    [InlineData(29, "99213")]
    [InlineData(30, "99214")]
    [InlineData(39, "99214")]
    [InlineData(40, "99215")]
    public void Established_patient_time_boundaries(int minutes, string expected)
    {
        Assert.Equal(expected, ByTime(false, minutes).Code);
    }

    [Fact]
    public void Time_decides_only_when_it_supports_a_higher_level()
    {
        var r = ByTime(false, 40);
        Assert.Equal(EmBasis.TotalTime, r.Basis);
        Assert.Contains(r.Reasons, x => x.Contains("40 min", StringComparison.Ordinal));
    }

    [Fact]
    public void Established_without_problems_or_time_is_99211()
    {
        var r = EmLevelCalculator.Calculate(new EmInput(false, null, NoProblems, NoData, MdmLevel.Straightforward));
        Assert.Equal("99211", r.Code);
        Assert.Equal(EmBasis.Minimal, r.Basis);
    }

    [Theory]
    [InlineData(true, "99202")]
    [InlineData(false, "99212")]
    public void Straightforward_mdm(bool newPatient, string expected)
    {
        var r = EmLevelCalculator.Calculate(new EmInput(newPatient, null, new EmProblems { SelfLimitedOrMinor = 1 }, NoData, MdmLevel.Straightforward));
        Assert.Equal(expected, r.Code);
        Assert.Equal(MdmLevel.Straightforward, r.Mdm);
    }

    [Theory]
    [InlineData(true, "99203")]
    [InlineData(false, "99213")]
    public void Low_mdm_one_stable_chronic_illness_and_low_risk(bool newPatient, string expected)
    {
        var r = EmLevelCalculator.Calculate(new EmInput(newPatient, null, new EmProblems { StableChronic = 1 }, NoData, MdmLevel.Low));
        Assert.Equal(expected, r.Code);
    }

    [Theory]
    [InlineData(true, "99204")]
    [InlineData(false, "99214")]
    public void Moderate_mdm_two_stable_chronic_illnesses_and_prescription_drug_management(bool newPatient, string expected)
    {
        var r = EmLevelCalculator.Calculate(new EmInput(newPatient, null, new EmProblems { StableChronic = 2 }, new EmData { UniqueTestsReviewed = 1 }, MdmLevel.Moderate));
        Assert.Equal(expected, r.Code);
        Assert.Equal(MdmLevel.Moderate, r.ProblemsLevel);
        Assert.Equal(MdmLevel.Straightforward, r.DataLevel);
    }

    [Theory]
    [InlineData(true, "99205")]
    [InlineData(false, "99215")]
    public void High_mdm_threat_to_life_and_extensive_data(bool newPatient, string expected)
    {
        var r = EmLevelCalculator.Calculate(new EmInput(newPatient, null, new EmProblems { ThreatToLifeOrFunction = 1 },
            new EmData { UniqueTestsOrdered = 2, UniqueTestsReviewed = 1, IndependentInterpretation = true }, MdmLevel.Moderate));
        Assert.Equal(expected, r.Code);
        Assert.Equal(MdmLevel.High, r.DataLevel);
    }

    [Fact]
    public void Two_of_three_elements_one_high_element_alone_does_not_raise_the_level()
    {
        var r = EmLevelCalculator.Calculate(new EmInput(false, null, new EmProblems { ThreatToLifeOrFunction = 1 }, NoData, MdmLevel.Low));
        Assert.Equal("99213", r.Code);
    }

    [Theory]
    [InlineData(1, false, MdmLevel.Straightforward)]
    [InlineData(2, false, MdmLevel.Low)]
    [InlineData(0, true, MdmLevel.Low)]
    [InlineData(3, false, MdmLevel.Moderate)]
    [InlineData(2, true, MdmLevel.Moderate)]
    public void Data_levels(int tests, bool historian, MdmLevel expected)
    {
        var r = EmLevelCalculator.Calculate(new EmInput(false, null, new EmProblems { StableChronic = 1 }, new EmData { UniqueTestsReviewed = tests, IndependentHistorian = historian }, MdmLevel.Low));
        Assert.Equal(expected, r.DataLevel);
    }

    [Theory]
    [InlineData("Total time spent on the date of the encounter: 35 minutes.", 35)]
    [InlineData("I spent a total of 42 min with the patient.", 42)]
    [InlineData("Follow-up in 3 weeks.", null)]
    public void Reads_documented_total_time(string note, int? expected)
    {
        Assert.Equal(expected, EmLevelCalculator.ReadTotalMinutes(note));
    }
}
