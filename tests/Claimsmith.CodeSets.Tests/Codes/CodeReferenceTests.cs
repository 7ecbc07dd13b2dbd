using Claimsmith.CodeSets.Encoder;

namespace Claimsmith.CodeSets.Tests.Codes;

public sealed class CodeReferenceTests
{
    [Theory]
    [InlineData("type 1 diabetes mellitus (E10.-)", "E1065", true)]
    [InlineData("type 1 diabetes mellitus (E10.-)", "E1165", false)]
    [InlineData("stage of chronic kidney disease (N18.1-N18.6)", "N1830", true)]
    [InlineData("stage of chronic kidney disease (N18.1-N18.6)", "N186", true)]
    [InlineData("stage of chronic kidney disease (N18.1-N18.6)", "N189", false)]
    [InlineData("infectious diseases specific to the perinatal period (P35-P39)", "P369", true)]
    [InlineData("infectious diseases specific to the perinatal period (P35-P39)", "P40", false)]
    [InlineData("neonatal diabetes mellitus (P70.2)", "P702", true)]
    [InlineData("diabetes NOS", "E119", false)]
    public void Matches_CitedCodesAndRanges(string note, string code, bool expected)
    {
        var refs = CodeReference.Parse(note);
        Assert.Equal(expected, refs.Any(r => r.Matches(code)));
    }
}
