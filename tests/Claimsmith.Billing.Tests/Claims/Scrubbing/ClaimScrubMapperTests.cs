using Claimsmith.Billing;
using Claimsmith.Edits.Claims;
using Microsoft.Extensions.Time.Testing;
using EditsKind = Claimsmith.Edits.Claims.ClaimKind;

namespace Claimsmith.Billing.Tests.Claims.Scrubbing;

public sealed class ClaimScrubMapperTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero));

    private Claim Build(Billing.ClaimKind kind = Billing.ClaimKind.Professional)
    {
        var result = ClaimBuilder.Build(TestData.Request(kind), _clock);
        Assert.Empty(result.Issues);
        return result.Claim!;
    }

    [Fact]
    public void Professional_CarriesWhatThe837PSends()
    {
        var claim = Build();
        var coverage = new Coverage { MemberId = "M123", EffectiveFrom = new DateOnly(2025, 1, 1), EffectiveTo = new DateOnly(2026, 12, 31) };
        var s = ClaimScrubMapper.ToScrubClaim(claim, coverage);

        Assert.Equal("CS000001", s.Id);
        Assert.Equal(EditsKind.Professional, s.Kind);
        Assert.Equal(ClaimScrubMapper.PatientKey(claim.PatientId), s.PatientId);
        Assert.Equal(new DateOnly(2015, 3, 4), s.PatientBirthDate);
        Assert.Equal(PatientSex.Female, s.PatientSex);
        Assert.Equal(("M123", "ACME1"), (s.SubscriberId, s.PayerId));
        Assert.Equal(claim.BillingProvider.Npi, s.BillingNpi);
        Assert.Equal("207Q00000X", s.BillingTaxonomy);
        Assert.Equal(claim.RenderingProvider!.Npi, s.RenderingNpi);
        Assert.Equal(claim.ReferringProvider!.Npi, s.ReferringNpi);
        Assert.Equal("11", s.PlaceOfService);
        Assert.Null(s.TypeOfBill);
        Assert.Null(s.StatementFrom);
        Assert.Equal("1", s.FrequencyCode);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)), (s.CoverageStart!.Value, s.CoverageEnd!.Value));
        Assert.Equal(175.50m, s.TotalCharge);

        // Diagnoses keep the coder's order, with the dot; professional claims carry no POA.
        Assert.Equal(["E11.22", "I10"], s.Diagnoses.Select(d => d.Code));
        Assert.All(s.Diagnoses, d => Assert.Null(d.PresentOnAdmission));

        Assert.Equal([1, 2], s.Lines.Select(l => l.Number));
        Assert.Equal("99214", s.Lines[0].ProcedureCode);
        Assert.Equal(["25"], s.Lines[0].Modifiers);
        Assert.Equal([1, 2], s.Lines[0].DiagnosisPointers);
        Assert.Equal(150m, s.Lines[0].Charge);
        Assert.Equal(new DateOnly(2026, 3, 10), s.Lines[0].ServiceDate);
        Assert.Equal(("00409488801", 2m), (s.Lines[1].Ndc, s.Lines[1].Units));
    }

    [Fact]
    public void Institutional_HasTypeOfBillStatementPeriodAndPoa()
    {
        var claim = Build(Billing.ClaimKind.Institutional);
        claim.Frequency = ClaimFrequency.Replacement;
        claim.OriginalReferenceNumber = "ICN-778";
        claim.Diagnoses[1].PresentOnAdmission = PresentOnAdmission.Exempt;
        var s = ClaimScrubMapper.ToScrubClaim(claim);

        Assert.Equal(EditsKind.Institutional, s.Kind);
        Assert.Equal("117", s.TypeOfBill);
        Assert.Equal("7", s.FrequencyCode);
        Assert.Equal("ICN-778", s.OriginalReference);
        Assert.Null(s.PlaceOfService);
        Assert.Equal((new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 12)), (s.StatementFrom!.Value, s.StatementTo!.Value));
        Assert.Equal(['Y', '1'], s.Diagnoses.Select(d => d.PresentOnAdmission!.Value));
        Assert.Equal("0450", s.Lines[0].RevenueCode);
        Assert.Null(s.CoverageStart);
    }

    [Fact]
    public void PriorServices_AreTheCodedLines()
    {
        var claim = Build();
        var prior = ClaimScrubMapper.PriorServices(claim).ToList();
        Assert.Equal(["99214", "J1100"], prior.Select(p => p.ProcedureCode));
        Assert.All(prior, p => Assert.Equal(("CS000001", claim.BillingProvider.Npi), (p.ClaimId, p.BillingNpi)));
        Assert.Equal(["25"], prior[0].Modifiers);
    }

    [Theory]
    [InlineData(ClaimStatus.Draft, false)]
    [InlineData(ClaimStatus.Rejected, false)]
    [InlineData(ClaimStatus.Voided, false)]
    [InlineData(ClaimStatus.Ready, true)]
    [InlineData(ClaimStatus.Submitted, true)]
    [InlineData(ClaimStatus.Denied, true)]
    public void CountsAsBilled_LeavesOutClaimsThatNeverLeftOrWereWithdrawn(ClaimStatus status, bool billed) =>
        Assert.Equal(billed, ClaimScrubMapper.CountsAsBilled(status));
}
