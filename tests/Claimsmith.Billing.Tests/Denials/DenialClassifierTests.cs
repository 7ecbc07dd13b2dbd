namespace Claimsmith.Billing.Tests.Denials;

public sealed class DenialClassifierTests
{
    [Theory]
    [InlineData("CO", "197", DenialCategory.Authorization)]
    [InlineData("CO", "27", DenialCategory.EligibilityRegistration)]
    [InlineData("CO", "97", DenialCategory.CodingBundling)]
    [InlineData("CO", "236", DenialCategory.CodingBundling)]
    [InlineData("CO", "50", DenialCategory.MedicalNecessity)]
    [InlineData("CO", "29", DenialCategory.TimelyFiling)]
    [InlineData("OA", "18", DenialCategory.Duplicate)]
    [InlineData("CO", "16", DenialCategory.MissingInformation)]
    [InlineData("CO", "59", DenialCategory.ContractualUnderpayment)]
    [InlineData("PI", "999", DenialCategory.Other)]
    public void Denials_AreCategorisedByReason(string group, string carc, DenialCategory expected)
    {
        var result = DenialClassifier.Classify(group, carc);
        Assert.Equal(expected, result.Category);
        Assert.True(result.IsDenial);
        Assert.Equal($"CARC {carc}", result.Basis);
        Assert.False(string.IsNullOrWhiteSpace(result.Action));
    }

    [Theory]
    [InlineData("PR", "1")]
    [InlineData("PR", "2")]
    [InlineData("PR", "3")]
    [InlineData("PR", "96")]
    [InlineData("co", "2")]
    public void PatientAmounts_AreNotDenials(string group, string carc)
    {
        var result = DenialClassifier.Classify(group, carc);
        Assert.Equal(DenialCategory.PatientResponsibility, result.Category);
        Assert.False(result.IsDenial);
    }

    [Theory]
    [InlineData("CO", "45")]
    [InlineData("CO", "253")]
    [InlineData("OA", "23")]
    public void ContractualWriteOffs_AreNotDenials(string group, string carc)
    {
        var result = DenialClassifier.Classify(group, carc);
        Assert.Equal(DenialCategory.Contractual, result.Category);
        Assert.False(result.IsDenial);
    }

    [Fact]
    public void RemarkCodes_RefineGenericReasons()
    {
        var rendering = DenialClassifier.Classify("CO", "16", ["N290"]);
        Assert.Equal(DenialCategory.MissingInformation, rendering.Category);
        Assert.Equal("CARC 16", rendering.Basis);

        var procedure = DenialClassifier.Classify("CO", "16", ["MA130", "M51"]);
        Assert.Equal(DenialCategory.CodingBundling, procedure.Category);
        Assert.Equal("RARC M51", procedure.Basis);

        var ineligible = DenialClassifier.Classify("CO", "96", [" n30 "]);
        Assert.Equal(DenialCategory.EligibilityRegistration, ineligible.Category);
    }

    [Fact]
    public void SpecificReasons_AreNotOverriddenByRemarks()
    {
        var result = DenialClassifier.Classify("CO", "197", ["M51"]);
        Assert.Equal(DenialCategory.Authorization, result.Category);
    }

    [Fact]
    public void EveryCategory_HasAnAction()
    {
        foreach (var category in Enum.GetValues<DenialCategory>())
        {
            Assert.False(string.IsNullOrWhiteSpace(DenialClassifier.ActionFor(category)));
        }
    }
}
