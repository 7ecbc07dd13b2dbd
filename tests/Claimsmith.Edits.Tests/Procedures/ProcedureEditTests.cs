using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.History;
using Claimsmith.Edits.Tests.Fixtures;

namespace Claimsmith.Edits.Tests.Procedures;

/// <summary>NCCI PTP and MUE (synthetic tables in CMS's layouts), MPFS indicators and modifier edits on the real CY2026 fee schedule.</summary>
public sealed class ProcedureEditTests
{
    private static ScrubResult Lines(params ScrubLine[] lines) => Scrub.Run(TestClaims.Professional(["M17.11"], lines));

    private static ScrubLine L(int n, string code, params string[] mods) => TestClaims.Line(n, code, mods);

    [Fact]
    public void PtpIndicator1_Fires_OnColumn2Line()
    {
        var f = Lines(L(1, "27447", "RT"), L(2, "20610")).Fires(RuleIds.NcciPtp, line: 2);
        Assert.Equal("NCCI PTP (practitioner), modifier indicator 1", f.Source);
        Assert.Equal("20610", f.Code);
    }

    [Theory]
    [InlineData("59")]
    [InlineData("XS")]
    [InlineData("XU")]
    [InlineData("LT")]
    [InlineData("E1")]
    public void PtpIndicator1_BypassedByNcciAssociatedModifierOnColumn2(string modifier)
    {
        Lines(L(1, "27447", "RT"), L(2, "20610", modifier)).Quiet(RuleIds.NcciPtp);
    }

    [Fact]
    public void PtpIndicator1_FiresWhenTheColumn2CodeIsListedFirst()
    {
        Lines(L(1, "20610"), L(2, "27447", "RT")).Fires(RuleIds.NcciPtp, line: 1);
    }

    [Fact]
    public void PtpEmPair_BypassedBy25OnTheEm()
    {
        Lines(L(1, "11042"), L(2, "99213")).Fires(RuleIds.NcciPtp, line: 2);
        Lines(L(1, "11042"), L(2, "99213", "25")).Quiet(RuleIds.NcciPtp);
    }

    [Fact]
    public void PtpIndicator0_FiresEvenWithModifier59()
    {
        var f = Lines(L(1, "43239"), L(2, "43235", "59")).Fires(RuleIds.NcciPtp, line: 2);
        Assert.Equal("NCCI PTP (practitioner), modifier indicator 0", f.Source);
    }

    [Fact]
    public void PtpLab_BypassedBy91()
    {
        Lines(L(1, "80053"), L(2, "82947")).Fires(RuleIds.NcciPtp);
        Lines(L(1, "80053"), L(2, "82947", "91")).Quiet(RuleIds.NcciPtp);
    }

    [Fact]
    public void PtpIndicator9_DeletedEdits_AndOtherDates_AreQuiet()
    {
        Lines(L(1, "29881"), L(2, "29880")).Quiet(RuleIds.NcciPtp);
        Lines(L(1, "17000"), L(2, "11042")).Quiet(RuleIds.NcciPtp);
        Lines(L(1, "27447", "RT"), L(2, "20610") with { ServiceDate = TestClaims.Dos.AddDays(-1) }).Quiet(RuleIds.NcciPtp);
    }

    [Fact]
    public void MueLineEdit_FiresAbovePerLineUnits_QuietAcrossLines()
    {
        Lines(L(1, "97110") with { Units = 5 }).Fires(RuleIds.NcciMueLine);
        var r = Lines(L(1, "97110") with { Units = 4 }, L(2, "97110") with { Units = 4 });
        r.Quiet(RuleIds.NcciMueLine);
        r.Quiet(RuleIds.NcciMueDay);
    }

    [Fact]
    public void MueDateOfServiceEdit_SumsLinesOfTheDay()
    {
        var f = Lines(L(1, "20610", "LT") with { Units = 2 }, L(2, "20610", "RT")).Fires(RuleIds.NcciMueDay, line: 1);
        Assert.Contains("indicator 2", f.Source, StringComparison.Ordinal);
        Lines(L(1, "20610", "LT"), L(2, "20610", "RT")).Quiet(RuleIds.NcciMueDay);
        Lines(L(1, "11042") with { Units = 2 }).Fires(RuleIds.NcciMueDay);
    }

    [Fact]
    public void Bilateral50_OnIndicator0Or2_Fires_OnIndicator1_Quiet()
    {
        Lines(L(1, "11721", "50")).Fires(RuleIds.ModBilateralNotAllowed);
        Lines(L(1, "69210", "50")).Fires(RuleIds.ModBilateralNotAllowed);
        var ok = Lines(L(1, "20610", "50"));
        ok.Quiet(RuleIds.ModBilateralNotAllowed);
        ok.Quiet(RuleIds.ModBilateralUnits);
        Lines(L(1, "20610", "50") with { Units = 2 }).Fires(RuleIds.ModBilateralUnits);
    }

    [Fact]
    public void AssistantAtSurgery_ByIndicator()
    {
        Lines(L(1, "11042", "80")).Fires(RuleIds.AssistantNotAllowed);
        Assert.Equal(Severity.Warning, Lines(L(1, "29881", "80")).Fires(RuleIds.AssistantDocumentation).Severity);
        var ok = Lines(L(1, "27447", "80"));
        ok.Quiet(RuleIds.AssistantNotAllowed);
        ok.Quiet(RuleIds.AssistantDocumentation);
    }

    [Fact]
    public void CoSurgeonAndTeam_ByIndicator()
    {
        Lines(L(1, "29881", "62")).Fires(RuleIds.CoSurgeonNotAllowed);
        Lines(L(1, "27447", "62")).Quiet(RuleIds.CoSurgeonNotAllowed);
        Lines(L(1, "27447", "66")).Fires(RuleIds.TeamNotAllowed);
        Lines(L(1, "27447")).Quiet(RuleIds.TeamNotAllowed);
    }

    [Fact]
    public void EmOnTheDayOfAMinorProcedure_Needs25()
    {
        var f = Lines(L(1, "17000"), L(2, "99213")).Fires(RuleIds.GlobalSameDayEm, line: 2);
        Assert.Contains("25", f.Fix, StringComparison.Ordinal);
        Lines(L(1, "17000"), L(2, "99213", "25")).Quiet(RuleIds.GlobalSameDayEm);
    }

    [Fact]
    public void EmOnTheDayOfAMajorProcedure_Needs57()
    {
        Assert.Contains("57", Lines(L(1, "27447"), L(2, "99213")).Fires(RuleIds.GlobalSameDayEm).Fix, StringComparison.Ordinal);
        Lines(L(1, "27447"), L(2, "99213", "57")).Quiet(RuleIds.GlobalSameDayEm);
    }

    [Fact]
    public void EmInThePostoperativePeriod_Needs24()
    {
        var history = new InMemoryClaimHistory();
        history.Add("PAT-1", new PriorService("EARLIER", TestClaims.Npi, null, TestClaims.Dos.AddDays(-20), "27447", []));
        var scrubber = Scrub.Create(history);
        scrubber.Scrub(TestClaims.Professional(["I10"])).Fires(RuleIds.GlobalPostOpEm, line: 1);
        scrubber.Scrub(TestClaims.Professional(["I10"], [L(1, "99213", "24")])).Quiet(RuleIds.GlobalPostOpEm);

        // After the 90 days, and for another provider, the visit is outside the package.
        var later = TestClaims.Professional(["I10"], [L(1, "99213") with { ServiceDate = TestClaims.Dos.AddDays(80) }]);
        scrubber.Scrub(later).Quiet(RuleIds.GlobalPostOpEm);
        scrubber.Scrub(TestClaims.Professional(["I10"]) with { BillingNpi = TestClaims.OtherNpi }).Quiet(RuleIds.GlobalPostOpEm);
    }

    [Fact]
    public void ProcedureInThePostoperativePeriod_Needs58_78_79()
    {
        var history = new InMemoryClaimHistory();
        history.Add("PAT-1", new PriorService("EARLIER", TestClaims.Npi, null, TestClaims.Dos.AddDays(-5), "17000", []));
        var scrubber = Scrub.Create(history);
        scrubber.Scrub(TestClaims.Professional(["I10"], [L(1, "11042")])).Fires(RuleIds.GlobalPostOpEm);
        scrubber.Scrub(TestClaims.Professional(["I10"], [L(1, "11042", "79")])).Quiet(RuleIds.GlobalPostOpEm);
    }

    [Fact]
    public void InstitutionalClaims_UseTheHospitalTable()
    {
        var claim = TestClaims.Institutional() with
        {
            Diagnoses = [new ScrubDiagnosis("M17.11")],
            Lines = [TestClaims.Institutional().Lines[0] with { ProcedureCode = "27447" }, TestClaims.Institutional().Lines[0] with { Number = 2, ProcedureCode = "20610" }],
        };
        Scrub.Create().Scrub(claim).Quiet(RuleIds.NcciPtp);
        var hospital = new ClaimScrubber(RealCodeSets.Get(), new ScrubberOptions { HospitalPtp = FixtureFiles.Ptp(), Time = FixedTime.March2026 });
        Assert.Equal("NCCI PTP (hospital), modifier indicator 1", hospital.Scrub(claim).Fires(RuleIds.NcciPtp, line: 2).Source);
    }

    [Fact]
    public void ScrubbingInParallel_GivesTheSameFindingsAsOneByOne()
    {
        var scrubber = Scrub.Create();
        ScrubClaim[] claims =
        [
            TestClaims.Professional(["E11.9", "E10.9"]),
            TestClaims.Professional(["M17.11"], [L(1, "27447", "RT"), L(2, "20610")]),
            TestClaims.Professional(["S72.001"]),
            TestClaims.Professional(["I10"], [L(1, "17000"), L(2, "99213"), L(3, "97110") with { Units = 6 }]),
        ];
        var serial = claims.Select(c => string.Join("|", scrubber.Scrub(c).Findings.Select(f => f.RuleId + f.Line))).ToArray();
        var parallel = new string[200];
        Parallel.For(0, parallel.Length, i => parallel[i] = string.Join("|", scrubber.Scrub(claims[i % claims.Length]).Findings.Select(f => f.RuleId + f.Line)));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(serial[i % claims.Length], parallel[i]);
        }
    }

    [Fact]
    public void LeftAndRightOnOneLine_Fires()
    {
        Lines(L(1, "20610", "LT", "RT")).Fires(RuleIds.ModLeftRight);
        Lines(L(1, "20610", "LT")).Quiet(RuleIds.ModLeftRight);
    }

    [Fact]
    public void ProfessionalAndTechnicalComponent_OnOneLine_Fires()
    {
        Lines(L(1, "71046", "26", "TC")).Fires(RuleIds.ModProfTechnical);
        Lines(L(1, "71046", "26")).Quiet(RuleIds.ModProfTechnical);
        Lines(L(1, "71046", "26")).Quiet(RuleIds.ModPcTcNotAllowed);
        Lines(L(1, "99213", "26")).Fires(RuleIds.ModPcTcNotAllowed);
    }

    [Fact]
    public void MultipleProcedures_InfoOnlyWhenTwoOrMore()
    {
        Assert.Equal(Severity.Info, Lines(L(1, "27447", "RT"), L(2, "29881", "LT")).Fires(RuleIds.MultipleProcedures).Severity);
        Lines(L(1, "27447", "RT")).Quiet(RuleIds.MultipleProcedures);
    }

    [Fact]
    public void FeeStatus_I_Warns()
    {
        Lines(L(1, "0001F")).Fires(RuleIds.ProcNotPayable);
        Lines(L(1, "99213")).Quiet(RuleIds.ProcNotPayable);
    }

    [Fact]
    public void UnknownProcedureAndModifier_Fire()
    {
        Assert.Equal(Severity.Error, Lines(L(1, "9921")).Fires(RuleIds.ProcUnknown).Severity);
        Lines(L(1, "99213", "$$")).Fires(RuleIds.ModUnknown);
        Lines(L(1, "99213", "ZZ")).Fires(RuleIds.ModUnknown);
        Lines(L(1, "99213", "25")).Quiet(RuleIds.ModUnknown);
    }
}
