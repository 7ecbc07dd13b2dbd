using Claimsmith.CodeSets.Codes;

namespace Claimsmith.CodeSets.Tests.Codes;

public sealed class CodeShapeTests
{
    [Theory]
    [InlineData("E11.22", "E1122", "E11.22")]
    [InlineData("e1122", "E1122", "E11.22")]
    [InlineData(" S72.001A ", "S72001A", "S72.001A")]
    [InlineData("I10", "I10", "I10")]
    [InlineData("QA0.0101", "QA00101", "QA0.0101")]
    public void IcdCode_ValidShapes_Normalise(string text, string value, string display)
    {
        Assert.True(IcdCode.TryParse(text, out var code));
        Assert.Equal(value, code.Value);
        Assert.Equal(display, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("E1")]
    [InlineData("11.22")]
    [InlineData("E11.")]
    [InlineData("E1.122")]
    [InlineData("E11.22345")]
    [InlineData("E11-22")]
    [InlineData("ABC")]
    public void IcdCode_InvalidShapes_AreRejected(string text) => Assert.False(IcdCode.TryParse(text, out _));

    [Theory]
    [InlineData("0DTJ4ZZ", true)]
    [InlineData("0dtj4zz", true)]
    [InlineData("0DTJ4Z", false)]
    [InlineData("0DTI4ZZ", false)] // I is never used in PCS
    [InlineData("0DTJ4ZO", false)] // nor O
    public void PcsCode_Shape(string text, bool ok) => Assert.Equal(ok, PcsCode.TryParse(text, out _));

    [Theory]
    [InlineData("99213", true, true)]
    [InlineData("0001F", true, true)]
    [InlineData("0042T", true, true)]
    [InlineData("J1100", true, false)]
    [InlineData("j1100", true, false)]
    [InlineData("W1100", false, false)]
    [InlineData("9921", false, false)]
    [InlineData("GXXX1", false, false)]
    public void HcpcsCode_Shape(string text, bool ok, bool cpt)
    {
        Assert.Equal(ok, HcpcsCode.TryParse(text, out var code));
        if (ok)
        {
            Assert.Equal(cpt, code.IsCpt);
        }
    }

    [Fact]
    public void Parse_Throws_OnBadShape() => Assert.Throws<FormatException>(() => IcdCode.Parse("nope"));
}
