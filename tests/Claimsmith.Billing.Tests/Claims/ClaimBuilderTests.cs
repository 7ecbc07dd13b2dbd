using Claimsmith.Billing;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Claims;

public sealed class ClaimBuilderTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Build_CopiesEverythingThe837Needs()
    {
        var request = TestData.Request(relationship: SubscriberRelationship.Child);
        var result = ClaimBuilder.Build(request, _clock);

        Assert.Empty(result.Issues);
        var claim = Assert.IsType<Claim>(result.Claim);
        Assert.Equal(ClaimStatus.Draft, claim.Status);
        Assert.Equal(Money.Of(175.50m), claim.TotalCharge);
        Assert.Equal(request.Organization.Npi.Value, claim.BillingProvider.Npi);
        Assert.Equal("123456789", claim.BillingProvider.TaxId);
        Assert.Equal("Smith", claim.RenderingProvider?.LastNameOrOrganization);
        Assert.Equal("Lee", claim.ReferringProvider?.LastNameOrOrganization);
        Assert.Equal("ACME1", claim.Payer.PayerIdentifier);
        Assert.Equal("Jordan", claim.Subscriber.FirstName);
        Assert.Equal(SubscriberRelationship.Child, claim.Subscriber.Relationship);
        Assert.Equal("Casey", claim.Patient.FirstName);
        Assert.Equal(["E1122", "I10"], claim.Diagnoses.Select(d => d.Code.Value));
        Assert.Equal("CS000001-2", claim.Lines[1].LineControlNumber);
        Assert.Equal("00409488801", claim.Lines[1].Ndc?.Value);
        Assert.Equal([Modifier.Parse("25")], claim.Lines[0].Modifiers());
        var created = Assert.Single(claim.History);
        Assert.Equal(_clock.GetUtcNow(), created.At);
        Assert.Equal("biller1", created.By);
    }

    [Fact]
    public void Build_RenumbersPointersToClaimPositions()
    {
        var request = TestData.Request();
        // Remove diagnosis 1 so encounter sequence 2 becomes claim position 1.
        request.Encounter.Diagnoses.RemoveAt(0);
        request.Encounter.Charges[0].SetPointers([2]);
        var claim = ClaimBuilder.Build(request, _clock).Claim!;
        Assert.Equal([1], claim.Lines[0].Pointers());
    }

    [Fact]
    public void Build_PointerToMissingDiagnosis_IsAnIssue()
    {
        var request = TestData.Request();
        request.Encounter.Charges[0].SetPointers([7]);
        var result = ClaimBuilder.Build(request, _clock);
        Assert.Null(result.Claim);
        Assert.Contains(result.Issues, i => i.Code == "line.pointers");
    }

    [Fact]
    public void Build_CoverageNotInEffect_IsAnIssue()
    {
        var request = TestData.Request();
        request.Coverage.EffectiveTo = new DateOnly(2025, 12, 31);
        Assert.Contains(ClaimBuilder.Build(request, _clock).Issues, i => i.Code == "claim.coverage");
    }

    [Fact]
    public void Build_NoCharges_IsAnIssue()
    {
        var request = TestData.Request();
        request.Encounter.Charges.Clear();
        Assert.Contains(ClaimBuilder.Build(request, _clock).Issues, i => i.Code == "claim.lines");
    }

    [Fact]
    public void Build_CarriesOtherCoveragesInEffect_ForCoordinationOfBenefits()
    {
        var request = TestData.Request();
        var secondPayer = new Payer { Name = "Second Synthetic", PayerIdentifier = "SEC02", ClaimFilingIndicator = "12" };
        var secondary = new Coverage { PatientId = request.Patient.Id, PayerId = secondPayer.Id, Order = CoverageOrder.Secondary, MemberId = "S-1", Relationship = SubscriberRelationship.Spouse, Subscriber = new Person { LastName = "Doe", FirstName = "Pat" }, EffectiveFrom = new DateOnly(2025, 1, 1) };
        var lapsed = new Coverage { PatientId = request.Patient.Id, PayerId = secondPayer.Id, Order = CoverageOrder.Tertiary, MemberId = "T-1", EffectiveFrom = new DateOnly(2020, 1, 1), EffectiveTo = new DateOnly(2021, 1, 1) };
        var claim = ClaimBuilder.Build(request with { OtherCoverages = [(secondary, secondPayer), (lapsed, secondPayer), (request.Coverage, request.Payer)] }, _clock).Claim!;
        var other = Assert.Single(claim.OtherCoverages);
        Assert.Equal("SEC02", other.PayerIdentifier);
        Assert.Equal("Pat", other.SubscriberFirstName);
        Assert.Equal(SubscriberRelationship.Spouse, other.Relationship);
        Assert.Equal(CoverageOrder.Secondary, other.Order);
    }
}
