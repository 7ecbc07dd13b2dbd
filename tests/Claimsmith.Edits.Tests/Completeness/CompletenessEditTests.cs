using Claimsmith.Edits.Claims;
using Claimsmith.Edits.Findings;
using Claimsmith.Edits.History;
using Claimsmith.Edits.PayerRules;
using Claimsmith.Edits.Tests.Fixtures;

namespace Claimsmith.Edits.Tests.Completeness;

/// <summary>What the claim forms require, NPI/taxonomy, pointers, dates, POS, duplicates, timely filing.</summary>
public sealed class CompletenessEditTests
{
    private static readonly ScrubClaim Clean = TestClaims.Professional();

    [Fact]
    public void CleanInstitutionalClaim_HasNoErrors()
    {
        var r = Scrub.Run(TestClaims.Institutional());
        Assert.False(r.HasErrors, Scrub.Describe(r));
    }

    [Fact]
    public void MissingRequiredItems_Fire()
    {
        var r = Scrub.Run(Clean with { PayerId = null, SubscriberId = " ", PatientBirthDate = null, BillingNpi = null, PlaceOfService = null });
        Assert.Equal(5, r.Findings.Count(f => f.RuleId == RuleIds.MissingField && f.IsError));
        Scrub.Run(Clean).Quiet(RuleIds.MissingField);
    }

    [Fact]
    public void Npi_CheckDigit()
    {
        Scrub.Run(Clean with { BillingNpi = "1234567890" }).Fires(RuleIds.NpiInvalid);
        Scrub.Run(Clean with { RenderingNpi = "123456789" }).Fires(RuleIds.NpiInvalid);
        Scrub.Run(Clean with { RenderingNpi = TestClaims.OtherNpi }).Quiet(RuleIds.NpiInvalid);
    }

    [Fact]
    public void Taxonomy_Shape()
    {
        Scrub.Run(Clean with { BillingTaxonomy = "207Q0000" }).Fires(RuleIds.TaxonomyInvalid);
        Scrub.Run(Clean with { BillingTaxonomy = "207Q00000X" }).Quiet(RuleIds.TaxonomyInvalid);
        Assert.Equal(Severity.Info, Scrub.Run(Clean with { BillingTaxonomy = null }).Fires(RuleIds.TaxonomyMissing).Severity);
        Scrub.Run(Clean with { BillingTaxonomy = null, RenderingTaxonomy = "207Q00000X" }).Quiet(RuleIds.TaxonomyMissing);
    }

    [Fact]
    public void Pointers_MustPointAtDiagnoses()
    {
        Scrub.Run(Clean with { Lines = [TestClaims.Line(1, "99213") with { DiagnosisPointers = [2] }] }).Fires(RuleIds.PointerInvalid, line: 1);
        Scrub.Run(Clean with { Lines = [TestClaims.Line(1, "99213") with { DiagnosisPointers = [] }] }).Fires(RuleIds.PointerMissing, line: 1);
        Scrub.Run(Clean with { Lines = [TestClaims.Line(1, "99213") with { DiagnosisPointers = [1, 1] }] }).Fires(RuleIds.PointerInvalid);
        Scrub.Run(Clean).Quiet(RuleIds.PointerInvalid);
    }

    [Fact]
    public void Dates_FutureBeforeBirthOutsideCoverage()
    {
        Scrub.Run(Clean with { Lines = [TestClaims.Line(1, "99213") with { ServiceDate = new DateOnly(2026, 4, 1) }] }).Fires(RuleIds.DateFuture);
        Scrub.Run(Clean with { PatientBirthDate = new DateOnly(2026, 2, 1) }).Fires(RuleIds.DateBeforeBirth);
        Scrub.Run(Clean with { CoverageStart = new DateOnly(2026, 2, 1) }).Fires(RuleIds.DateOutsideCoverage);
        Scrub.Run(Clean with { CoverageEnd = new DateOnly(2025, 12, 31) }).Fires(RuleIds.DateOutsideCoverage);
        var ok = Scrub.Run(Clean with { CoverageStart = new DateOnly(2026, 1, 1), CoverageEnd = new DateOnly(2026, 12, 31) });
        ok.Quiet(RuleIds.DateOutsideCoverage);
        ok.Quiet(RuleIds.DateFuture);
        ok.Quiet(RuleIds.DateBeforeBirth);
    }

    [Fact]
    public void PlaceOfService_MustBeACmsCode()
    {
        Scrub.Run(Clean with { PlaceOfService = "00" }).Fires(RuleIds.PosInvalid);
        Scrub.Run(Clean with { PlaceOfService = "1A" }).Fires(RuleIds.PosInvalid);
        Scrub.Run(Clean with { PlaceOfService = "22" }).Quiet(RuleIds.PosInvalid);
    }

    [Fact]
    public void Institutional_TypeOfBillRevenueCodeAndAttending()
    {
        var c = TestClaims.Institutional();
        Scrub.Run(c with { TypeOfBill = "9X1" }).Fires(RuleIds.TypeOfBillInvalid);
        Scrub.Run(c with { TypeOfBill = "137" }).Fires(RuleIds.TypeOfBillInvalid);
        Scrub.Run(c with { TypeOfBill = "111" }).Fires(RuleIds.MissingField);
        Scrub.Run(c with { AttendingNpi = null }).Fires(RuleIds.MissingField);
        Scrub.Run(c with { Lines = [c.Lines[0] with { RevenueCode = "450" }] }).Fires(RuleIds.RevenueCodeInvalid, line: 1);
        var ok = Scrub.Run(c);
        ok.Quiet(RuleIds.TypeOfBillInvalid);
        ok.Quiet(RuleIds.RevenueCodeInvalid);
    }

    [Fact]
    public void ReplacementClaim_NeedsTheOriginalReference()
    {
        Scrub.Run(Clean with { FrequencyCode = "7" }).Fires(RuleIds.OriginalReferenceMissing);
        Scrub.Run(Clean with { FrequencyCode = "7", OriginalReference = "PAYER-ICN-1" }).Quiet(RuleIds.OriginalReferenceMissing);
    }

    [Fact]
    public void UnitsChargeTotalNdc()
    {
        Scrub.Run(Clean with { Lines = [TestClaims.Line(1, "99213") with { Units = 0 }] }).Fires(RuleIds.UnitsInvalid);
        Scrub.Run(Clean with { Lines = [TestClaims.Line(1, "99213") with { Charge = 0 }] }).Fires(RuleIds.ChargeInvalid);
        Scrub.Run(Clean with { TotalCharge = 99m }).Fires(RuleIds.TotalMismatch);
        Scrub.Run(Clean with { TotalCharge = 100m }).Quiet(RuleIds.TotalMismatch);
        Scrub.Run(Clean with { Lines = [TestClaims.Line(1, "J1100") with { Ndc = "0009-0047" }] }).Fires(RuleIds.NdcInvalid);
        Scrub.Run(Clean with { Lines = [TestClaims.Line(1, "J1100") with { Ndc = "00009004710" }] }).Quiet(RuleIds.NdcInvalid);
    }

    [Fact]
    public void TooManyDiagnoses_OnA1500()
    {
        string[] thirteen = ["I10", "E11.9", "J45.909", "K21.9", "M54.50", "R51.9", "E78.5", "F41.1", "G47.00", "N39.0", "L40.0", "H52.13", "B35.1"];
        Scrub.Run(TestClaims.Professional(thirteen)).Fires(RuleIds.TooManyDiagnoses);
        Scrub.Run(TestClaims.Professional(thirteen[..12])).Quiet(RuleIds.TooManyDiagnoses);
    }

    [Fact]
    public void Duplicate_OfAnEarlierClaim_Fires_RepeatModifierQuiet()
    {
        var history = new InMemoryClaimHistory();
        history.Add(TestClaims.Professional() with { Id = "EARLIER" });
        var scrubber = Scrub.Create(history);
        scrubber.Scrub(Clean).Fires(RuleIds.Duplicate, line: 1);
        scrubber.Scrub(Clean with { Lines = [TestClaims.Line(1, "99213", "76")] }).Quiet(RuleIds.Duplicate);
        scrubber.Scrub(Clean with { Lines = [TestClaims.Line(1, "99214")] }).Quiet(RuleIds.Duplicate);
        scrubber.Scrub(Clean with { BillingNpi = TestClaims.OtherNpi }).Quiet(RuleIds.Duplicate);
    }

    [Fact]
    public void TimelyFiling_AgainstThePayersLimit()
    {
        var rules = new PayerRuleSet { Payers = [new PayerProfile("PAYER1", "Acme Health", 30)] };
        var scrubber = Scrub.Create(rules: rules);
        Assert.Equal(Severity.Error, scrubber.Scrub(Clean).Fires(RuleIds.TimelyFiling).Severity);
        var recent = Clean with { Lines = [TestClaims.Line(1, "99213") with { ServiceDate = new DateOnly(2026, 2, 25) }] };
        scrubber.Scrub(recent).Quiet(RuleIds.TimelyFiling);
        Scrub.Create(rules: new PayerRuleSet { Payers = [new PayerProfile("PAYER1", null, 365)] }).Scrub(Clean).Quiet(RuleIds.TimelyFiling);
    }
}
