using Claimsmith.X12.Acknowledgments;
using Claimsmith.X12.Tests.Support;

namespace Claimsmith.X12.Tests.Acknowledgments;

public sealed class Acknowledgment999ReaderTests
{
    public static TheoryData<string, string> SampleFiles() => Samples.Files("999");

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_Read(string kind, string file)
    {
        var result = Acknowledgment999Reader.Read(Samples.Load(kind, file));
        Assert.Equal(Samples.KnownEnvelopeErrors(file), result.Issues.Select(i => i.Code));
        var ack = Assert.Single(result.Value);
        Assert.Equal("HC", ack.FunctionalId);
        Assert.NotEmpty(ack.Transactions);
        Assert.Equal(ack.Transactions.Count(t => t.IsAccepted), ack.AcceptedCount);
    }

    [Fact]
    public void GuideExample_ThreeTransactions_PartiallyAccepted()
    {
        var data = Samples.Load("999", "stupidedi__response-to-functional-group-containing-3-837s.x12");
        var ack = Assert.Single(Acknowledgment999Reader.Read(data).Value);
        Assert.Equal("P", ack.GroupStatus);
        Assert.Equal(["A", "R", "R"], ack.Transactions.Select(t => t.Status));
        var clm = Assert.Single(ack.Transactions[1].SegmentErrors);
        Assert.Equal(("CLM", 22, "8"), (clm.SegmentId, clm.Position, clm.ErrorCode));
        var element = Assert.Single(clm.ElementErrors);
        Assert.Equal((2, "782", "1"), (element.ElementPosition, element.ReferenceNumber, element.ErrorCode));
        Assert.Equal(2, ack.Transactions[2].SegmentErrors[0].Contexts.Count);
    }
}
