using Claimsmith.Privacy.Deidentification;

namespace Claimsmith.Privacy.Tests.Deidentification;

public sealed class SafeHarborTests
{
    [Theory]
    [InlineData("43017", "430")]
    [InlineData("43017-1234", "430")]
    [InlineData("036011234", "000")]
    [InlineData("89301", "000")]
    [InlineData("10001", "100")]
    [InlineData("123", null)]
    [InlineData(null, null)]
    public void Zip3_KeepsThreeDigits_ExceptLowPopulationPrefixes(string? zip, string? expected) =>
        Assert.Equal(expected, SafeHarbor.Zip3(zip));

    [Fact]
    public void AllSeventeenRestrictedPrefixes_AreListed() => Assert.Equal(17, SafeHarbor.RestrictedZip3.Count);

    [Theory]
    [InlineData(1936, 11, 27, "90+", null)]
    [InlineData(1936, 11, 28, "89", 1936)]
    [InlineData(1980, 2, 2, "46", 1980)]
    public void Ages_From90_AreGrouped_AndTheirBirthYearDropped(int y, int m, int d, string age, int? year)
    {
        var asOf = new DateOnly(2026, 11, 27);
        var report = new DeidentificationReport();
        Assert.Equal(age, SafeHarbor.AgeGroup(new DateOnly(y, m, d), asOf, report));
        Assert.Equal(year, SafeHarbor.BirthYear(new DateOnly(y, m, d), asOf, report));
    }
}
