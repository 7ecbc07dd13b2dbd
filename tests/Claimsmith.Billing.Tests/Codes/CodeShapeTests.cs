using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Codes;

public sealed class CodeShapeTests
{
    [Theory]
    [InlineData("1234567893", true)] // the CMS worked example: 123456789 -> check digit 3
    [InlineData("1234567890", false)]
    [InlineData("123456789", false)]
    [InlineData("12345678a3", false)]
    public void Npi_TryParse_ChecksLuhnWithPrefix80840(string text, bool valid) => Assert.Equal(valid, Npi.TryParse(text, out _));

    [Theory]
    [InlineData("E11.22", "E1122")]
    [InlineData("e1122", "E1122")]
    [InlineData("I10", "I10")]
    [InlineData("S72.001A", "S72001A")]
    [InlineData("U07.1", "U071")]
    public void DiagnosisCode_Parse_Normalises(string text, string value) => Assert.Equal(value, DiagnosisCode.Parse(text).Value);

    [Theory]
    [InlineData("E1")]
    [InlineData("1E11")]
    [InlineData("E11.")]
    [InlineData("E11.2222X")]
    [InlineData("EE1.1")]
    public void DiagnosisCode_TryParse_RejectsBadShapes(string text) => Assert.False(DiagnosisCode.TryParse(text, out _));

    [Fact]
    public void DiagnosisCode_Display_PutsDotAfterCategory() => Assert.Equal("S72.001A", DiagnosisCode.Parse("S72001A").Display);

    [Theory]
    [InlineData("99214", ProcedureCodeKind.Cpt)]
    [InlineData("0001F", ProcedureCodeKind.CptOther)]
    [InlineData("0042T", ProcedureCodeKind.CptOther)]
    [InlineData("J1100", ProcedureCodeKind.Hcpcs)]
    [InlineData("g0008", ProcedureCodeKind.Hcpcs)]
    public void ProcedureCode_Parse_KnowsKind(string text, ProcedureCodeKind kind) => Assert.Equal(kind, ProcedureCode.Parse(text).Kind);

    [Theory]
    [InlineData("9921")]
    [InlineData("W1100")]
    [InlineData("0001X")]
    [InlineData("J11A0")]
    public void ProcedureCode_TryParse_RejectsBadShapes(string text) => Assert.False(ProcedureCode.TryParse(text, out _));

    [Theory]
    [InlineData("00409-4888-01", "00409488801")]
    [InlineData("0409-4888-01", "00409488801")]
    [InlineData("00409-488-01", "00409048801")]
    [InlineData("00409-4888-1", "00409488801")]
    [InlineData("00409488801", "00409488801")]
    public void Ndc_Parse_NormalisesTo11Digits(string text, string value) => Assert.Equal(value, Ndc.Parse(text).Value);

    [Theory]
    [InlineData("0040948880")]
    [InlineData("00409-4888")]
    [InlineData("0040a488801")]
    public void Ndc_TryParse_RejectsBadShapes(string text) => Assert.False(Ndc.TryParse(text, out _));

    [Fact]
    public void Modifier_TaxonomyAndRevenue_Shapes()
    {
        Assert.Equal("LT", Modifier.Parse("lt").Value);
        Assert.False(Modifier.TryParse("259", out _));
        Assert.True(TaxonomyCode.TryParse("207Q00000X", out _));
        Assert.False(TaxonomyCode.TryParse("207Q000000", out _));
        Assert.Equal("0450", RevenueCode.Parse("450").Value);
        Assert.False(RevenueCode.TryParse("45A", out _));
    }
}
