using System.Text;
using Claimsmith.X12.Acknowledgments;
using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Validation;

namespace Claimsmith.X12.Tests.Acknowledgments;

public sealed class Acknowledgment999BuilderTests
{
    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 2, 3, 4, 0, TimeSpan.Zero);
    }

    [Fact]
    public void AcceptedFile_GivesAcceptedAck()
    {
        var result = X12Validator.Validate(Fixtures.Bytes(Fixtures.Claim837P));
        var bytes = Acknowledgment999Builder.Generate(result, new FixedTime(), 42);
        var text = Encoding.ASCII.GetString(bytes);
        Assert.Equal(
            "ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SENDER         *260102*0304*^*00501*000000042*0*T*:~" +
            "GS*FA*RECEIVER*SENDER*20260102*0304*42*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*101*005010X222A1~" +
            "AK2*837*0001*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*42~IEA*1*000000042~",
            text);
        var read = Assert.Single(Acknowledgment999Reader.Read(bytes).Value);
        Assert.Equal("A", read.GroupStatus);
    }

    [Fact]
    public void RejectedClaim_GivesIk3AndIk4WithLocation()
    {
        var text = Fixtures.Claim837P.Replace("*11:B:1*Y*A*Y*Y~", "*11:B:1*Y*Q*Y*Y~", StringComparison.Ordinal);
        var result = X12Validator.Validate(Fixtures.Bytes(text));
        var ack = Assert.Single(Acknowledgment999Builder.FromValidation(result));
        Assert.Equal("R", ack.GroupStatus);
        var tx = Assert.Single(ack.Transactions);
        Assert.Equal("R", tx.Status);
        Assert.Equal(["5"], tx.ErrorCodes);
        var seg = Assert.Single(tx.SegmentErrors);
        Assert.Equal(("CLM", 18, "2300", "8"), (seg.SegmentId, seg.Position, seg.LoopId, seg.ErrorCode));
        Assert.Equal(new ElementError999(7, null, null, null, "7", null), Assert.Single(seg.ElementErrors));
        var bytes = Acknowledgment999Builder.Generate(result, new FixedTime(), 1);
        Assert.Contains("IK3*CLM*18*2300*8~IK4*7**7~IK5*R*5~AK9*R*1*1*0~", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        Assert.Empty(Claimsmith.X12.Documents.X12Document.Read(bytes).Issues);
    }

    [Fact]
    public void WrongSeCount_GivesIk5Code4()
    {
        var text = Fixtures.Claim837P.Replace("SE*31*0001~", "SE*30*0001~", StringComparison.Ordinal);
        var ack = Assert.Single(Acknowledgment999Builder.FromValidation(X12Validator.Validate(Fixtures.Bytes(text))));
        Assert.Contains("4", ack.Transactions[0].ErrorCodes);
        Assert.Equal("R", ack.Transactions[0].Status);
    }
}
