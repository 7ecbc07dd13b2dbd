using System.Text;
using Claimsmith.X12.Documents;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tests.Support;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Writing;

namespace Claimsmith.X12.Tests.Writing;

public sealed class X12WriterTests
{
    private static readonly X12InterchangeHeader Isa = new()
    {
        SenderId = "SENDER", ReceiverId = "RECEIVER", Date = "260101", Time = "1200", ControlNumber = "101", UsageIndicator = "T",
    };

    private static readonly X12GroupHeader Gs = new()
    {
        FunctionalId = "HC", SenderCode = "SENDER", ReceiverCode = "RECEIVER", Date = "20260101", Time = "1200", ControlNumber = "101", Version = "005010X222A1",
    };

    private static void WriteSmall(X12Writer w)
    {
        w.BeginInterchange(Isa);
        w.BeginGroup(Gs);
        w.BeginTransaction("837", "0001", "005010X222A1");
        w.WriteSegment("BHT", "0019", "00", "B1", "20260101", "1200", "CH");
        w.WriteSegment(new X12Segment("SV1", X12Segment.Composite("HC", "99213", "25"), "100", "UN", "1", null, null, X12Segment.Composite("1", "2")));
        w.WriteSegment("REF", "6R", "A", null, null);
        w.EndTransaction();
        w.EndGroup();
        w.EndInterchange();
    }

    [Fact]
    public void Write_CountsAndControlNumbers_AreRight()
    {
        var text = Encoding.ASCII.GetString(X12Writer.ToBytes(WriteSmall));
        Assert.Equal(
            "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260101*1200*^*00501*000000101*0*T*:~" +
            "GS*HC*SENDER*RECEIVER*20260101*1200*101*X*005010X222A1~ST*837*0001*005010X222A1~BHT*0019*00*B1*20260101*1200*CH~" +
            "SV1*HC:99213:25*100*UN*1***1:2~REF*6R*A~SE*5*0001~GE*1*101~IEA*1*000000101~",
            text);
        Assert.Empty(X12Document.Read(Encoding.ASCII.GetBytes(text)).Issues);
    }

    [Fact]
    public void Write_ChosenDelimitersAndLineBreaks()
    {
        var options = new X12WriterOptions { Delimiters = new X12Delimiters((byte)'|', (byte)'>', (byte)'!', (byte)'\''), LineBreaks = true, NewLine = "\r\n" };
        var bytes = X12Writer.ToBytes(WriteSmall, options);
        var text = Encoding.ASCII.GetString(bytes);
        Assert.Contains("SV1|HC>99213>25|100|UN|1|||1>2'\r\n", text, StringComparison.Ordinal);
        Assert.Equal(X12Writer.ToBytes(WriteSmall, options), bytes);
        var read = X12Document.Read(bytes);
        Assert.Empty(read.Issues);
        Assert.Equal("99213", read.Value.Transactions[0].Segments[1].Component(1, 2));
    }

    [Fact]
    public void Write_DelimiterInData_Throws()
    {
        Assert.Throws<ArgumentException>(() => X12Writer.ToBytes(w =>
        {
            w.BeginInterchange(Isa);
            w.BeginGroup(Gs);
            w.BeginTransaction("837", "0001", null);
            w.WriteSegment("NM1", "IL", "1", "O*BRIEN");
        }));
    }

    [Fact]
    public void Write_Fixture_ReadBackThenWrittenGivesSameBytes()
    {
        var read = X12Document.Read(Fixtures.Bytes(Fixtures.Claim837P)).Value;
        var tx = read.Transactions[0];
        var bytes = X12Writer.ToBytes(w =>
        {
            w.BeginInterchange(tx.Header.Interchange);
            w.BeginGroup(tx.Header.Group);
            w.BeginTransaction(tx.Header.TransactionSetId, tx.Header.ControlNumber, tx.Header.ImplementationReference);
            foreach (var s in tx.Segments)
            {
                w.WriteSegment(s);
            }

            w.EndTransaction();
            w.EndGroup();
            w.EndInterchange();
        });
        Assert.Equal(Fixtures.Claim837P, Encoding.ASCII.GetString(bytes));
    }
}
