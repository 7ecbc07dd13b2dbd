using System.Text;
using Claimsmith.X12.ClaimStatus;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tests.Support;

namespace Claimsmith.X12.Tests.ClaimStatus;

public sealed class ClaimStatus277ReaderTests
{
    public static TheoryData<string, string> SampleFiles() => Samples.Files("277CA");

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_Read(string kind, string file)
    {
        var result = ClaimStatus277Reader.Read(Samples.Load(kind, file));
        Assert.Empty(result.Issues);
        var r = Assert.Single(result.Value);
        Assert.True(r.IsClaimAcknowledgment);
        var claim = Assert.Single(r.Claims);
        Assert.NotNull(claim.PatientControlNumber);
        Assert.Equal(file.Contains("rejected", StringComparison.Ordinal), claim.IsRejected);
    }

    [Fact]
    public void Accepted_ReadsStatusesTracesAndPayerClaimNumber()
    {
        var data = Samples.Load("277CA", "imsweb__x12_277CA_accepted.x12");
        var r = Assert.Single(ClaimStatus277Reader.Read(data).Value);
        var claim = Assert.Single(r.Claims);
        Assert.Equal("5781", claim.PatientControlNumber);
        Assert.Equal("1107000000014420", claim.PayerClaimControlNumber);
        var status = Assert.Single(claim.Statuses);
        Assert.Equal(("A2", "20", 125m), (status.Category, status.Code, status.ChargeAmount));
        Assert.Equal("1234567890", claim.Provider!.Id);
        Assert.Equal("A1", r.Receivers[0].Statuses[0].Category);
    }

    [Fact]
    public void Inquiry276_WritesTheGuideHierarchy()
    {
        var q = new ClaimStatusInquiry276
        {
            Reference = "REQ1", CreationDate = "20260115", CreationTime = "0800",
            Payer = Claimsmith.X12.Claims.Party837.Organization("PR", "ACME HEALTH PLAN", "PI", "PAYER01"),
            Receiver = Claimsmith.X12.Claims.Party837.Organization("41", "CLAIMSMITH CLINIC", "46", "S12345"),
            Provider = Claimsmith.X12.Claims.Party837.Organization("1P", "CLAIMSMITH CLINIC", "XX", "1234567893"),
            Subscriber = Claimsmith.X12.Claims.Party837.Person("IL", "DOE", "JANE", "MI", "MEM123456"),
            TraceNumber = "TRACE1", PatientControlNumber = "PCN001", TotalCharge = 150m,
            ServiceFrom = new DateOnly(2025, 12, 28),
        };
        var isa = new X12InterchangeHeader { SenderId = "S", ReceiverId = "R", Date = "260115", Time = "0800", ControlNumber = "7" };
        var gs = new X12GroupHeader { FunctionalId = "HR", SenderCode = "S", ReceiverCode = "R", Date = "20260115", Time = "0800", ControlNumber = "7", Version = "005010X212" };
        var text = Encoding.ASCII.GetString(ClaimStatusInquiry276Writer.ToBytes(isa, gs, [q]));
        Assert.Contains("ST*276*0001*005010X212~BHT*0010*13*REQ1*20260115*0800~HL*1**20*1~NM1*PR*2*ACME HEALTH PLAN*****PI*PAYER01~HL*2*1*21*1~", text, StringComparison.Ordinal);
        Assert.Contains("HL*4*3*22*0~NM1*IL*1*DOE*JANE****MI*MEM123456~TRN*1*TRACE1~REF*EJ*PCN001~AMT*T3*150~DTP*472*D8*20251228~SE*15*0001~", text, StringComparison.Ordinal);
        Assert.Empty(Claimsmith.X12.Documents.X12Document.Read(Encoding.ASCII.GetBytes(text)).Issues);
    }
}
