using Claimsmith.X12.Documents;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tests.Support;

namespace Claimsmith.X12.Tests.Envelope;

public sealed class EnvelopeTests
{
    private static string[] Codes(string text) =>
        X12Document.Read(Fixtures.Bytes(text)).Issues.Select(i => i.Code).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void ValidFixtures_HaveNoEnvelopeIssues()
    {
        Assert.Empty(Codes(Fixtures.Claim837P));
        Assert.Empty(Codes(Fixtures.Remit835));
    }

    [Theory]
    [InlineData("SE*31*0001~", "SE*30*0001~", X12IssueCodes.SeCountMismatch)]
    [InlineData("SE*31*0001~", "SE*31*0002~", X12IssueCodes.SeControlMismatch)]
    [InlineData("GE*1*101~", "GE*2*101~", X12IssueCodes.GeCountMismatch)]
    [InlineData("GE*1*101~", "GE*1*102~", X12IssueCodes.GeControlMismatch)]
    [InlineData("IEA*1*000000101~", "IEA*3*000000101~", X12IssueCodes.IeaCountMismatch)]
    [InlineData("IEA*1*000000101~", "IEA*1*000000999~", X12IssueCodes.IeaControlMismatch)]
    [InlineData("SE*31*0001~", "", X12IssueCodes.MissingSe)]
    [InlineData("GE*1*101~", "", X12IssueCodes.MissingGe)]
    [InlineData("IEA*1*000000101~", "", X12IssueCodes.MissingIea)]
    [InlineData("LX*2~", "L@*2~", X12IssueCodes.InvalidSegmentId)]
    public void Envelope_Errors_GiveTheirCodes(string find, string replace, string expected)
    {
        var text = Fixtures.Claim837P.Replace(find, replace, StringComparison.Ordinal);
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void SeveralInterchangesAndGroups_AreRead()
    {
        var twoGroups = Fixtures.Claim837P
            .Replace("IEA*1*000000101~", string.Empty, StringComparison.Ordinal)
            + "GS*HC*SENDER*RECEIVER*20260101*1200*102*X*005010X222A1~ST*837*0002*005010X222A1~BHT*0019*00*B*20260101*1200*CH~SE*3*0002~GE*1*102~IEA*2*000000101~";
        var text = twoGroups + Fixtures.Remit835;
        var result = X12Document.Read(Fixtures.Bytes(text));
        Assert.Empty(result.Issues);
        Assert.Equal(3, result.Value.Transactions.Count);
        Assert.Equal("835", result.Value.Transactions[2].Header.TransactionSetId);
        Assert.Equal("102", result.Value.Transactions[1].Header.Group.ControlNumber);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_HaveNoEnvelopeErrors(string kind, string file)
    {
        var result = X12Document.Read(Samples.Load(kind, file));
        var errors = result.Issues.Where(i => i.Severity == X12IssueSeverity.Error).Select(i => i.Code).ToArray();
        Assert.Equal(Samples.KnownEnvelopeErrors(file), errors);
    }

    public static TheoryData<string, string> SampleFiles() => Samples.Files();

    [Fact]
    public void Truncation_AtEveryByte_NeverThrows_AndReportsAnIssue()
    {
        var data = Fixtures.Bytes(Fixtures.Claim837P);
        for (var n = 0; n < data.Length - 1; n++)
        {
            var result = X12Document.Read(data.AsMemory(0, n));
            Assert.NotEmpty(result.Issues);
        }
    }
}
