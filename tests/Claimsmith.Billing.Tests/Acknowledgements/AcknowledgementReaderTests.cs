using System.Text;

namespace Claimsmith.Billing.Tests.Acknowledgements;

public sealed class AcknowledgementReaderTests
{
    internal const string Ack999 =
        "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260312*1200*^*00501*000000901*0*T*:~" +
        "GS*FA*DEMOCH*CLAIMSMITH01*20260312*1200*901*X*005010X231A1~" +
        "ST*999*0001*005010X231A1~" +
        "AK1*HC*17*005010X222A1~" +
        "AK2*837*0001*005010X222A1~IK5*A~" +
        "AK2*837*0002*005010X222A1~IK3*NM1*17*2010BA*8~CTX*CLM01:CS000002~IK4*9*67*1~IK5*R*5~" +
        "AK9*P*2*2*1~SE*11*0001~GE*1*901~IEA*1*000000901~";

    internal const string Ack277 =
        "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260313*0800*^*00501*000000902*0*T*:~" +
        "GS*HN*DEMOCH*CLAIMSMITH01*20260313*0800*902*X*005010X214~" +
        "ST*277*0001*005010X214~BHT*0085*08*B1*20260313*0800*TH~" +
        "HL*1**20*1~NM1*PR*2*ACME HEALTH*****PI*ACME1~TRN*1*902~DTP*050*D8*20260313~DTP*009*D8*20260313~" +
        "HL*2*1*21*1~NM1*41*2*CLAIMSMITH BILLING*****46*CLAIMSMITH01~TRN*2*17~STC*A1:20*20260313*WQ*351~QTY*90*1~QTY*AA*1~AMT*YU*175.5~AMT*YY*175.5~" +
        "HL*3*2*19*1~NM1*85*2*MAPLE FAMILY PRACTICE*****XX*1234567893~TRN*1*0~" +
        "HL*4*3*PT~NM1*QC*1*DOE*CASEY****MI*M123~TRN*2*CS000001~STC*A2:20*20260313*WQ*175.5~REF*1K*PAYER-ICN-1~DTP*472*D8*20260310~" +
        "HL*5*3*PT~NM1*QC*1*ROE*ALEX****MI*M456~TRN*2*CS000003~STC*A7:562:85*20260313*U*175.5~DTP*472*D8*20260310~" +
        "SE*30*0001~GE*1*902~IEA*1*000000902~";

    [Fact]
    public void Read999_GivesAVerdictPerTransactionSet_WithTheErrorsInWords()
    {
        var report = AcknowledgementReader.Read(Encoding.ASCII.GetBytes(Ack999));

        Assert.Equal(AcknowledgementKind.Implementation999, report.Kind);
        Assert.Equal(2, report.Items.Count);
        Assert.Equal(("17", "0001", AcknowledgementVerdict.Accepted), (report.Items[0].GroupControlNumber, report.Items[0].TransactionControlNumber, report.Items[0].Verdict));
        var rejected = report.Items[1];
        Assert.Equal(AcknowledgementVerdict.Rejected, rejected.Verdict);
        Assert.Contains("IK5 R 5", rejected.Codes, StringComparison.Ordinal);
        Assert.Contains("segment has data element errors", rejected.Explanation, StringComparison.Ordinal);
        Assert.Contains("required element missing", rejected.Explanation, StringComparison.Ordinal);
        Assert.Contains("claim CS000002", rejected.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Read277CA_GivesAVerdictPerClaim_WithCategoryStatusAndEntityInWords()
    {
        var report = AcknowledgementReader.Read(Encoding.ASCII.GetBytes(Ack277));

        Assert.Equal(AcknowledgementKind.ClaimAcknowledgement277, report.Kind);
        Assert.Empty(report.Issues);
        Assert.Equal(["CS000001", "CS000003"], report.Items.Select(i => i.ClaimNumber));
        Assert.Equal(AcknowledgementVerdict.Accepted, report.Items[0].Verdict);
        Assert.Equal("PAYER-ICN-1", report.Items[0].PayerClaimControlNumber);
        var rejected = report.Items[1];
        Assert.Equal(AcknowledgementVerdict.Rejected, rejected.Verdict);
        Assert.Equal("A7:562:85", rejected.Codes);
        Assert.Equal("Rejected for invalid information: entity's National Provider Identifier (NPI) (billing provider).", rejected.Explanation);
    }

    [Fact]
    public void UnknownCodes_AreShownAsTheCode()
    {
        Assert.Equal("code Z9", AcknowledgementCodes.Category("Z9"));
        Assert.Equal("rejected for missing information: code 99999 (code ZZ)", AcknowledgementCodes.DescribeStatus("A6", "99999", "ZZ"));
    }

    [Theory]
    [InlineData("A1", AcknowledgementVerdict.Received)]
    [InlineData("A2", AcknowledgementVerdict.Accepted)]
    [InlineData("A3", AcknowledgementVerdict.Rejected)]
    [InlineData("A6", AcknowledgementVerdict.Rejected)]
    [InlineData("A8", AcknowledgementVerdict.Rejected)]
    [InlineData("E0", AcknowledgementVerdict.Rejected)]
    [InlineData("P1", AcknowledgementVerdict.Received)]
    public void Category_DecidesTheVerdict(string category, AcknowledgementVerdict expected) =>
        Assert.Equal(expected, AcknowledgementCodes.VerdictOfCategory(category));

    [Fact]
    public void NeitherKind_IsAnIssue_NotAnException()
    {
        var report = AcknowledgementReader.Read(Encoding.ASCII.GetBytes("hello, not X12"));
        Assert.Null(report.Kind);
        Assert.Equal("ack.kind", Assert.Single(report.Issues).Code);
    }

    [Fact]
    public void Truncated277_ReturnsWhatWasRead()
    {
        var cut = Ack277[..Ack277.IndexOf("HL*5", StringComparison.Ordinal)];
        var report = AcknowledgementReader.Read(Encoding.ASCII.GetBytes(cut));
        Assert.Equal("CS000001", Assert.Single(report.Items).ClaimNumber);
        Assert.NotEmpty(report.Issues);
    }

    [Theory]
    [InlineData("imsweb__x12_277CA_accepted.x12", "5781", AcknowledgementVerdict.Accepted)]
    [InlineData("imsweb__x12_277CA_rejected.x12", "3920394930203", AcknowledgementVerdict.Rejected)]
    public void Sample277CA_IsRead(string file, string claimNumber, AcknowledgementVerdict verdict)
    {
        var report = AcknowledgementReader.Read(Samples.Read("277CA", file));
        var item = Assert.Single(report.Items);
        Assert.Equal((claimNumber, verdict), (item.ClaimNumber, item.Verdict));
    }

    [Theory]
    [InlineData("imsweb__x12_999_accepted.x12", "17456", AcknowledgementVerdict.Accepted)]
    [InlineData("imsweb__x12_999_rejected.x12", "28", AcknowledgementVerdict.Rejected)]
    public void Sample999_IsRead(string file, string group, AcknowledgementVerdict verdict)
    {
        var report = AcknowledgementReader.Read(Samples.Read("999", file));
        var item = Assert.Single(report.Items);
        Assert.Equal((group, verdict), (item.GroupControlNumber, item.Verdict));
    }
}
