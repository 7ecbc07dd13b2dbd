using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.PayerRules;
using Claimsmith.Edits.Tests.Fixtures;

namespace Claimsmith.Edits.Tests.PayerRules;

/// <summary>Payer rules written as JSON: parsing, each condition and action, dry run.</summary>
public sealed class PayerRuleTests
{
    private static PayerRuleSet Load()
    {
        var (set, issues) = PayerRuleSet.Parse(File.ReadAllText(FixtureFiles.PathOf("payer_rules_fixture.json")));
        Assert.Empty(issues);
        Assert.Equal(7, set.Rules.Count);
        return set;
    }

    private static ScrubResult Run(ScrubClaim claim) => Scrub.Create(rules: Load()).Scrub(claim);

    private static ScrubClaim With(params ScrubLine[] lines) => TestClaims.Professional(["M54.50"], lines);

    [Fact]
    public void RequireModifier_FiresWithoutIt_QuietWithIt_AndForOtherPayers()
    {
        var f = Run(With(TestClaims.Line(1, "97110"))).Fires("ACME-THERAPY-GP", line: 1);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("Acme provider manual 4.2", f.Source);
        Run(With(TestClaims.Line(1, "97110", "GP"))).Quiet("ACME-THERAPY-GP");
        Run(With(TestClaims.Line(1, "97110")) with { PayerId = "OTHER" }).Quiet("ACME-THERAPY-GP");
        Run(With(TestClaims.Line(1, "99213"))).Quiet("ACME-THERAPY-GP");
    }

    [Fact]
    public void RequireAuthorization_FiresWithoutANumber()
    {
        Run(With(TestClaims.Line(1, "70553"))).Fires("ACME-MRI-AUTH");
        Run(With(TestClaims.Line(1, "70553")) with { PriorAuthorization = "AUTH-778" }).Quiet("ACME-MRI-AUTH");
    }

    [Fact]
    public void AgeCondition()
    {
        Run(With(TestClaims.Line(1, "99385"))).Fires("ACME-PEDS-ONLY");
        Run(With(TestClaims.Line(1, "99385")) with { PatientBirthDate = new DateOnly(2015, 1, 1) }).Quiet("ACME-PEDS-ONLY");
    }

    [Fact]
    public void PlaceOfServiceAndPrefixCondition()
    {
        Assert.Equal(Severity.Warning, Run(With(TestClaims.Line(1, "J1100")) with { PlaceOfService = "22" }).Fires("ACME-OFFICE-ONLY").Severity);
        Run(With(TestClaims.Line(1, "J1100"))).Quiet("ACME-OFFICE-ONLY");
    }

    [Fact]
    public void UnitsCondition()
    {
        Run(With(TestClaims.Line(1, "97110", "GP") with { Units = 4 })).Fires("ACME-PT-UNITS");
        Run(With(TestClaims.Line(1, "97110", "GP") with { Units = 3 })).Quiet("ACME-PT-UNITS");
    }

    [Fact]
    public void DiagnosisAndSexCondition()
    {
        Run(TestClaims.Professional(["Z12.5"])).Fires("ACME-MALE-SCREEN");
        Run(TestClaims.Professional(["Z12.5"]) with { PatientSex = PatientSex.Male }).Quiet("ACME-MALE-SCREEN");
    }

    [Fact]
    public void ModifierConditions()
    {
        Run(With(TestClaims.Line(1, "20610", "59"))).Fires("ACME-NO-59");
        Run(With(TestClaims.Line(1, "20610", "59", "XS"))).Quiet("ACME-NO-59");
        Run(With(TestClaims.Line(1, "20610"))).Quiet("ACME-NO-59");
    }

    [Theory]
    [InlineData("{ not json", "rules.json-invalid")]
    [InlineData("{\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"codes\":[\"9-\"]}]}", "rules.rule-invalid")]
    [InlineData("{\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"action\":\"require-modifier\"}]}", "rules.rule-invalid")]
    [InlineData("{\"rules\":[{\"id\":\"A\",\"message\":\"m\"},{\"id\":\"A\",\"message\":\"n\"}]}", "rules.rule-invalid")]
    [InlineData("{\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"unknownField\":1}]}", "rules.json-invalid")]
    [InlineData("{\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"action\":\"explode\"}]}", "rules.json-invalid")]
    public void MalformedRuleSets_GiveIssues_NotExceptions(string json, string code)
    {
        var (_, issues) = PayerRuleSet.Parse(json);
        Assert.Contains(issues, i => i.Code == code);
    }

    [Fact]
    public void RuleSet_RoundTripsThroughJson()
    {
        var set = Load();
        var (again, issues) = PayerRuleSet.Parse(set.ToJson());
        Assert.Empty(issues);
        Assert.Equal(set.Rules.Select(r => r.Id), again.Rules.Select(r => r.Id));
        Assert.Equal(PayerRuleAction.RequireModifier, again.Rules[0].Action);
    }

    [Fact]
    public void DryRun_CountsWhatEachRuleWouldDo()
    {
        ScrubClaim[] past =
        [
            With(TestClaims.Line(1, "97110"), TestClaims.Line(2, "97112")) with { Id = "P1" },
            With(TestClaims.Line(1, "97110", "GP")) with { Id = "P2" },
            With(TestClaims.Line(1, "70553")) with { Id = "P3" },
            With(TestClaims.Line(1, "99213")) with { Id = "P4" },
        ];
        var report = PayerRuleDryRun.Run(Load(), past);
        Assert.Equal(4, report.ClaimsChecked);
        Assert.Equal(2, report.ClaimsStopped);
        var gp = report.Rules.Single(r => r.RuleId == "ACME-THERAPY-GP");
        Assert.Equal(2, gp.Findings);
        Assert.Equal(1, gp.Claims);
        Assert.Equal(["P1"], gp.SampleClaimIds);
        Assert.Equal(["P3"], report.Rules.Single(r => r.RuleId == "ACME-MRI-AUTH").SampleClaimIds);
        Assert.Equal(0, report.Rules.Single(r => r.RuleId == "ACME-PEDS-ONLY").Claims);
    }
}
