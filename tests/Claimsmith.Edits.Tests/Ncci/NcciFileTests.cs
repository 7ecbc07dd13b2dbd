using Claimsmith.Edits.Ncci;
using Claimsmith.Edits.Tests.Fixtures;

namespace Claimsmith.Edits.Tests.Ncci;

/// <summary>The PTP and MUE readers on fixtures in CMS's published layouts.</summary>
public sealed class NcciFileTests
{
    private static readonly DateOnly Dos = new(2026, 1, 15);

    [Fact]
    public void PtpFile_SkipsTheCopyrightHeader_AndReadsEveryColumn()
    {
        var t = FixtureFiles.Ptp();
        Assert.Equal(7, t.Count);
        var e = t.Find("27447", "20610", Dos)!;
        Assert.Equal(new DateOnly(2002, 1, 1), e.EffectiveDate);
        Assert.Null(e.DeletionDate);
        Assert.Equal(PtpModifierIndicator.Allowed, e.Indicator);
        Assert.Equal("Misuse of column two code with column one code", e.Rationale);
        Assert.Null(t.Find("20610", "27447", Dos));
        Assert.Equal(PtpModifierIndicator.NotAllowed, t.Find("43239", "43235", Dos)!.Indicator);
    }

    [Fact]
    public void PtpEdit_AppliesFromItsEffectiveDateUntilItsDeletionDate()
    {
        var t = FixtureFiles.Ptp();
        Assert.Null(t.Find("17000", "11042", Dos));
        Assert.NotNull(t.Find("17000", "11042", new DateOnly(2019, 6, 1)));
        Assert.Null(t.Find("17000", "11042", new DateOnly(2014, 6, 1)));
    }

    [Fact]
    public void PtpFile_BadRowsAreIssues_NotExceptions()
    {
        var text = "copyright\nColumn 1\tColumn 2\n27447\t20610\t\t20020101\t*\t1\tok\n27447\t20611\t\t2002XX01\t*\t1\tbad date\n27447\t20612\t\t20020101\t*\t5\tbad indicator\n27447\t2\t\t20020101\t*\t1\tbad code\n27447 only\n";
        var t = new PtpTable();
        var issues = t.Read(new StringReader(text), "ptp.txt");
        Assert.Equal(1, t.Count);
        Assert.Equal(["ptp.date-invalid", "ptp.indicator-invalid", "ptp.code-invalid", "ptp.row-malformed"], issues.Select(i => i.Code));
        Assert.Equal(4, issues[0].Line);
        Assert.Contains(new PtpTable().Read(new StringReader("just a header\n"), "x.txt"), i => i.Code == "ptp.empty" && i.IsError);
    }

    [Fact]
    public void MueFile_SkipsTheHeader_ReadsQuotedRationaleAndIndicators()
    {
        var t = FixtureFiles.Mue();
        Assert.Equal(4, t.Count);
        Assert.Equal(new MueEdit("97110", 4, MueAdjudication.Line, "Clinical: Data, nature of service"), t.Find("97110"));
        Assert.Equal(MueAdjudication.DateOfServicePolicy, t.Find("20610")!.Adjudication);
        Assert.Equal(MueAdjudication.DateOfServiceClinical, t.Find("11042")!.Adjudication);
        Assert.Null(t.Find("99214"));
    }

    [Fact]
    public void MueFile_BadRowsAreIssues()
    {
        var t = new MueTable();
        var issues = t.Read(new StringReader("header\n20610,two,2 Date of Service Edit: Policy,x\n20611,2,7 Something,x\n20612,2,1 Line Edit,ok\n"), "mue.csv");
        Assert.Equal(1, t.Count);
        Assert.Equal(["mue.value-invalid", "mue.indicator-invalid"], issues.Select(i => i.Code));
    }
}
