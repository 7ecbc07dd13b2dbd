using Claimsmith.Billing.Claims.Export;
using Claimsmith.X12.Claims;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Claims.Export;

public sealed class Claim837ExporterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 11, 9, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);

    private Claim Build(ClaimKind kind = ClaimKind.Professional, SubscriberRelationship relationship = SubscriberRelationship.Self, string claimNumber = "CS000001")
    {
        var request = TestData.Request(kind, relationship);
        request.Patient.Address = new Address { Line1 = "5 Elm St", City = "Springfield", State = "IL", PostalCode = "62701" };
        if (kind == ClaimKind.Institutional)
        {
            request.Encounter.AttendingProviderId = request.Encounter.RenderingProviderId;
            request.Encounter.AdmissionDate = request.Encounter.ServiceFrom;
            request.Encounter.AdmissionType = "1";
            request.Encounter.AdmissionSource = "7";
            request.Encounter.PatientStatus = "01";
        }

        var claim = ClaimBuilder.Build(request with { ClaimNumber = claimNumber }, _clock).Claim;
        Assert.NotNull(claim);
        return claim;
    }

    [Fact]
    public void Professional_SelfSubscriber_PassesTheValidator()
    {
        var batch = Claim837Exporter.Export([Build()], ClaimKind.Professional, Claim837ExportSettings.Demo, Now, 17);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));
        Assert.Empty(batch.Validation.Errors);
        Assert.Equal(["CS000001"], batch.ClaimNumbers);
    }

    [Fact]
    public void Professional_DependentPatient_GoesIn2000C_AndReadsBack()
    {
        var batch = Claim837Exporter.Export([Build(relationship: SubscriberRelationship.Child)], ClaimKind.Professional, Claim837ExportSettings.Demo, Now, 18);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));

        var back = Assert.Single(Claim837Reader.Read(batch.Bytes).Value);
        var subscriber = Assert.Single(Assert.Single(back.BillingProviders).Subscribers);
        Assert.Null(subscriber.RelationshipCode);
        var patient = Assert.Single(subscriber.Patients);
        Assert.Equal("19", patient.RelationshipCode);
        var claim = Assert.Single(patient.Claims);
        Assert.Equal(175.50m, claim.TotalCharge);
        Assert.Equal(["E1122", "I10"], claim.Diagnoses.Select(d => d.Code));
        Assert.Equal("ABK", claim.Diagnoses.First().Qualifier);
        Assert.Equal(["25"], claim.Lines[0].Procedure!.Modifiers);
        Assert.Equal("00409488801", claim.Lines[1].Drug!.Ndc);
        Assert.Equal("CS000001-2", claim.Lines[1].LineItemControlNumber);
        Assert.Contains(claim.Providers, p => p.EntityCode == "DN");
        Assert.Contains(claim.Providers, p => p.EntityCode == "82");
    }

    [Fact]
    public void ClaimsOfOneSubscriber_ShareOneSubscriberLoop()
    {
        var batch = Claim837Exporter.Export([Build(claimNumber: "CS000001"), Build(claimNumber: "CS000002")], ClaimKind.Professional, Claim837ExportSettings.Demo, Now, 19);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));
        var back = Assert.Single(Claim837Reader.Read(batch.Bytes).Value);
        Assert.Equal(2, Assert.Single(Assert.Single(back.BillingProviders).Subscribers).Claims.Count);
    }

    [Fact]
    public void ReplacementClaim_CarriesFrequency7AndThePayersClaimNumber()
    {
        var claim = Build();
        claim.Frequency = ClaimFrequency.Replacement;
        claim.OriginalReferenceNumber = "PAYER-ICN-1";
        var batch = Claim837Exporter.Export([claim], ClaimKind.Professional, Claim837ExportSettings.Demo, Now, 20);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));
        var back = Assert.Single(Assert.Single(Claim837Reader.Read(batch.Bytes).Value).AllClaims);
        Assert.Equal(("7", "PAYER-ICN-1"), (back.FrequencyCode, back.OriginalReferenceNumber));
    }

    [Fact]
    public void Institutional_PassesTheValidator_WithPresentOnAdmission()
    {
        var batch = Claim837Exporter.Export([Build(ClaimKind.Institutional)], ClaimKind.Institutional, Claim837ExportSettings.Demo, Now, 21);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));
        var back = Assert.Single(Assert.Single(Claim837Reader.Read(batch.Bytes).Value).AllClaims);
        Assert.All(back.Diagnoses, d => Assert.Equal("Y", d.PresentOnAdmission));
        Assert.Equal("0450", back.Lines[0].RevenueCode);
        Assert.Contains(back.Providers, p => p.EntityCode == "71");
    }

    [Fact]
    public void MixedKinds_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => Claim837Exporter.Export([Build(), Build(ClaimKind.Institutional)], ClaimKind.Professional, Claim837ExportSettings.Demo, Now, 22));
    }
}
