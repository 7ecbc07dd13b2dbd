using Claimsmith.X12.Issues;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Tests.Support;

namespace Claimsmith.X12.Tests.Remittance;

public sealed class Remittance835ReaderTests
{
    public static TheoryData<string, string> SampleFiles() => Samples.Files("835");

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_ReadAndBalance(string kind, string file)
    {
        var result = Remittance835Reader.Read(Samples.Load(kind, file));
        Assert.Empty(result.Issues);
        var r = Assert.Single(result.Value);
        Assert.NotEmpty(r.Claims);
        Assert.Equal(r.TotalPayment, r.ComputedTotalPayment);
    }

    [Fact]
    public void Fixture_ReadsEveryPart()
    {
        var result = Remittance835Reader.Read(Fixtures.Bytes(Fixtures.Remit835));
        Assert.Empty(result.Issues);
        var r = Assert.Single(result.Value);
        Assert.Equal(95m, r.TotalPayment);
        Assert.Equal("ACH", r.PaymentMethod);
        Assert.Equal(new DateOnly(2026, 1, 10), r.PaymentDate);
        Assert.Equal("EFT12345", r.TraceNumber);
        Assert.Equal("ACME HEALTH PLAN", r.Payer.Name);
        Assert.Equal("1234567893", r.Payee.Id);
        var claim = Assert.Single(r.Claims);
        Assert.Equal("PCN001", claim.PatientControlNumber);
        Assert.Equal(150m, claim.Charge);
        Assert.Equal(100m, claim.Paid);
        Assert.Equal(20m, claim.PatientResponsibility);
        Assert.Equal("PAYERCLAIM1", claim.PayerClaimControlNumber);
        Assert.Equal("DOE", claim.Patient!.LastOrOrganizationName);
        Assert.Equal(2, claim.ServiceLines.Count);
        var line = claim.ServiceLines[0];
        Assert.Equal("99213", line.Procedure!.Code);
        Assert.Equal(["25"], line.Procedure.Modifiers);
        Assert.Equal(90m, line.Allowed);
        Assert.Equal(new DateOnly(2025, 12, 28), line.ServiceDate);
        Assert.Equal([new("CO", "45", 10m), new Claimsmith.X12.Common.Adjustment("PR", "2", 20m)], line.Adjustments);
        Assert.Equal(new RemarkCode("HE", "N130"), Assert.Single(claim.ServiceLines[1].Remarks));
        var plb = Assert.Single(r.ProviderAdjustments);
        Assert.Equal(("WO", "ADJ1", 5m), (plb.ReasonCode, plb.ReferenceId, plb.Amount));
    }

    [Theory]
    [InlineData("99999999999999999999999999999")]
    [InlineData("1E2")]
    [InlineData("+150")]
    [InlineData("15O")]
    public void BadAmount_IsAnIssueNotAnException(string charge)
    {
        var text = Fixtures.Remit835.Replace("CLP*PCN001*1*150*", $"CLP*PCN001*1*{charge}*", StringComparison.Ordinal);
        var result = Remittance835Reader.Read(Fixtures.Bytes(text));
        var issue = Assert.Single(result.Issues, i => i.Code == X12IssueCodes.InvalidValue);
        Assert.Equal(("CLP", (int?)3), (issue.SegmentId, issue.ElementPosition));
        Assert.Equal(0m, Assert.Single(Assert.Single(result.Value).Claims).Charge);
    }

    [Fact]
    public void RepeatedDatesAndProcedures_ReadAsTheirOwnValues()
    {
        // Dates and procedure composites are shared between lines that carry the same bytes; lines
        // with other bytes (a DTM with a time, another date, modifiers) must still read as written.
        var text = Fixtures.Remit835
            .Replace("SVC*HC:87880*50*30**1~DTM*472*20251228~", "SVC*HC:99213:25*50*30**1~DTM*472*20251229*1200~", StringComparison.Ordinal);
        var result = Remittance835Reader.Read(Fixtures.Bytes(text));
        var claim = Assert.Single(Assert.Single(result.Value).Claims);
        var (first, second) = (claim.ServiceLines[0], claim.ServiceLines[1]);
        Assert.Equal(first.Procedure, second.Procedure);
        Assert.Equal(new DateOnly(2025, 12, 28), first.ServiceDate);
        Assert.Equal(new DateOnly(2025, 12, 29), second.ServiceDate);
        Assert.Equal(new Claimsmith.X12.Common.DateReference("232", "D8", "20251228"), Assert.Single(claim.Dates));
    }

    [Theory]
    [InlineData("SVC*HC:87880*50*30**1~", "SVC*HC:87880*50*31**1~", X12IssueCodes.LineUnbalanced)]
    [InlineData("CLP*PCN001*1*150*100*", "CLP*PCN001*1*155*100*", X12IssueCodes.ClaimUnbalanced)]
    [InlineData("BPR*I*95*", "BPR*I*96*", X12IssueCodes.CheckUnbalanced)]
    [InlineData("PLB*1234567893*20261231*WO:ADJ1*5~", "PLB*1234567893*20261231*WO:ADJ1*4~", X12IssueCodes.CheckUnbalanced)]
    public void Unbalanced_GiveBalanceCodes(string find, string replace, string code)
    {
        var text = Fixtures.Remit835.Replace(find, replace, StringComparison.Ordinal);
        var result = Remittance835Reader.Read(Fixtures.Bytes(text));
        Assert.Contains(result.Issues, i => i.Code == code);
    }

    [Fact]
    public void Reversal_IsRecognised_AndBalancesWithNegativeAmounts()
    {
        var text = Fixtures.Remit835
            .Replace("BPR*I*95*", "BPR*I*0*", StringComparison.Ordinal)
            .Replace("PLB*1234567893*20261231*WO:ADJ1*5~", "LX*2~CLP*PCN001*22*-150*-100*-20*12*PAYERCLAIM1~NM1*QC*1*DOE*JANE****MI*MEM123456~CAS*CO*45*-30~CAS*PR*2*-20~", StringComparison.Ordinal)
            .Replace("SE*25*0001~", "SE*29*0001~", StringComparison.Ordinal);
        var result = Remittance835Reader.Read(Fixtures.Bytes(text));
        Assert.Empty(result.Issues);
        var r = Assert.Single(result.Value);
        Assert.True(r.Claims[1].IsReversal);
        Assert.Equal(2, r.Claims[1].HeaderNumber);
        Assert.Equal(0m, r.ComputedTotalPayment);
    }
}

public sealed class Remittance835RoundTripTests
{
    public static TheoryData<string, string> SampleFiles() => Samples.Files("835");

    private static void AssertRoundTrip(byte[] data)
    {
        var original = Claimsmith.X12.Documents.X12Document.Read(data);
        var read = Remittance835Reader.Read(data);
        Assert.Empty(read.Issues);
        var tx = original.Value.Transactions[0];
        var delimiters = new Claimsmith.X12.Tokenizing.X12Reader(data) is var r && r.Read() ? r.Delimiters : Claimsmith.X12.Tokenizing.X12Delimiters.Default;
        var written = Remittance835Writer.ToBytes(tx.Header.Interchange, tx.Header.Group, read.Value, new Claimsmith.X12.Writing.X12WriterOptions { Delimiters = delimiters });
        var again = Claimsmith.X12.Documents.X12Document.Read(written);
        Assert.Empty(again.Issues);
        Assert.Equal(
            original.Value.Transactions.SelectMany(t => t.Segments).Select(s => s.ToString()),
            again.Value.Transactions.SelectMany(t => t.Segments).Select(s => s.ToString()));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_ReadThenWrite_GiveTheSameSegments(string kind, string file) => AssertRoundTrip(Samples.Load(kind, file));

    [Fact]
    public void Fixture_ReadThenWrite_GivesTheSameSegments() => AssertRoundTrip(Fixtures.Bytes(Fixtures.Remit835));

    [Fact]
    public void RepeatedCasUnderOneGroup_KeepsItsSegmentsWhenReadAgain()
    {
        // Equal adjustments are shared between reads; the second CAS*CO starts its own segment and must
        // stay a separate segment on every read, not take the first one's shared value.
        var text = Fixtures.Remit835
            .Replace("CAS*CO*45*10~CAS*PR*2*20~", "CAS*CO*45*10~CAS*CO*45*10~CAS*PR*2*10~AMT*B6*90~", StringComparison.Ordinal)
            .Replace("SE*25*0001~", "SE*27*0001~", StringComparison.Ordinal);
        AssertRoundTrip(Fixtures.Bytes(text));
        AssertRoundTrip(Fixtures.Bytes(text));
        var line = Remittance835Reader.Read(Fixtures.Bytes(text)).Value[0].Claims[0].ServiceLines[0];
        Assert.Equal([false, true, false], line.Adjustments.Select(a => a.StartsNewSegment));
        Assert.Equal([new("B6", 90m), new Claimsmith.X12.Common.Amount("B6", 90m)], line.Amounts);
    }
}
