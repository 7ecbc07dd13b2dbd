using Claimsmith.Billing;
using Claimsmith.X12.Common;
using Claimsmith.X12.Remittance;

namespace Claimsmith.Billing.Tests.Remittance;

public sealed class RemittanceExplainerTests
{
    private static ClaimPayment835 Claim()
    {
        var c = new ClaimPayment835 { PatientControlNumber = "CS00000001", StatusCode = "1", Charge = 300m, Paid = 120m, PatientResponsibility = 50m, PayerClaimControlNumber = "PCN1" };
        var l1 = new ServicePayment835 { Charge = 200m, Paid = 120m };
        l1.Adjustments.Add(new Adjustment("CO", "45", 30m));
        l1.Adjustments.Add(new Adjustment("PR", "1", 50m));
        var l2 = new ServicePayment835 { Charge = 100m, Paid = 0m };
        l2.Adjustments.Add(new Adjustment("CO", "197", 100m));
        l2.Remarks.Add(new RemarkCode("HE", "N54"));
        c.ServiceLines.Add(l1);
        c.ServiceLines.Add(l2);
        return c;
    }

    [Fact]
    public void Explain_SaysWhatWasPaidOwedWrittenOffAndDenied()
    {
        var r = PayerSimulator.Remittance("TR1", [Claim()]);
        var e = RemittanceExplainer.Explain(RemittanceMapper.Map(r, "x", DateTimeOffset.UnixEpoch, "t"), (system, code) => system == "CARC" && code == "1" ? "Deductible Amount" : null);

        Assert.True(e.Balanced);
        var claim = Assert.Single(e.Claims);
        Assert.Equal(50m, claim.PatientOwes);
        Assert.Equal("deductible", Assert.Single(claim.PatientReasons).Reason);
        Assert.Equal(30m, claim.WrittenOff);
        var denied = Assert.Single(claim.DeniedLines);
        Assert.Equal(DenialCategory.Authorization, denied.Category);
        Assert.Equal(2, denied.Line);
        Assert.Equal("CARC 197", denied.Reason);
        Assert.Equal(["N54"], denied.Remarks);
    }

    [Fact]
    public void Map_UnbalancedLine_IsAnException_AndCheckMismatchAFileIssue()
    {
        var c = Claim();
        c.ServiceLines[0].Paid = 110m;
        var r = PayerSimulator.Remittance("TR2", [c]);
        r.TotalPayment = 1m;
        var read = RemittanceMapper.Map(r, "x", DateTimeOffset.UnixEpoch, "t");

        Assert.Equal(RemittanceMapper.LineUnbalanced, read.Claims[0].ExceptionCode);
        Assert.Equal(RemittanceMapper.CheckUnbalanced, Assert.Single(read.FileIssues).Code);
        Assert.False(read.IsBalanced);
    }
}
