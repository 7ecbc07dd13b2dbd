using System.Text;
using Claimsmith.Billing.Claims.Export;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Claims.Coordination;

public sealed class ClaimCorrectionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);

    private Claim Adjudicated(string? icn = "ACME-ICN-77")
    {
        var r = TestData.Request();
        r.Patient.Address = new Address { Line1 = "5 Elm St", City = "Springfield", State = "IL", PostalCode = "62701" };
        var claim = ClaimBuilder.Build(r, _clock).Claim!;
        foreach (var to in new[] { ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Denied })
        {
            Assert.Null(claim.TransitionTo(to, "biller1", _clock));
        }

        claim.PayerClaimControlNumber = icn;
        return claim;
    }

    [Fact]
    public void Correct_IsFrequency7_WithTheOriginalPayerNumberInRefF8_AndPassesTheValidator()
    {
        var original = Adjudicated();
        var result = ClaimCorrections.Correct(original, "CS000009", "biller1", _clock, "wrong modifier");
        Assert.Empty(result.Issues);
        var corrected = result.Claim!;
        Assert.Equal((ClaimFrequency.Replacement, "ACME-ICN-77", original.Id, ClaimStatus.Draft), (corrected.Frequency, corrected.OriginalReferenceNumber, corrected.PredecessorClaimId, corrected.Status));
        Assert.Equal(original.TotalCharge, corrected.TotalCharge);
        Assert.Equal("CS000009-1", corrected.Lines[0].LineControlNumber);
        Assert.NotEqual(original.Lines[0].Id, corrected.Lines[0].Id);

        // The original is unchanged but its history names the replacement.
        Assert.Equal(ClaimStatus.Denied, original.Status);
        Assert.Contains("Replaced by claim CS000009", original.History[^1].Note, StringComparison.Ordinal);

        Assert.Empty(corrected.MarkReady("biller1", _clock));
        var batch = Claim837Exporter.Export([corrected], ClaimKind.Professional, Claim837ExportSettings.Demo, Now, 40);
        Assert.True(batch.IsAccepted, string.Join("\n", batch.Validation.Issues));
        var text = Encoding.ASCII.GetString(batch.Bytes);
        Assert.Contains(":B:7*", text, StringComparison.Ordinal);
        Assert.Contains("REF*F8*ACME-ICN-77~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Void_IsFrequency8()
    {
        var original = Adjudicated();
        var voided = ClaimCorrections.Void(original, "CS000010", "biller1", _clock).Claim!;
        Assert.Equal(ClaimFrequency.Void, voided.Frequency);
        Assert.Contains("Voided by claim CS000010", original.History[^1].Note, StringComparison.Ordinal);
        Assert.Empty(voided.MarkReady("biller1", _clock));
        var text = Encoding.ASCII.GetString(Claim837Exporter.Export([voided], ClaimKind.Professional, Claim837ExportSettings.Demo, Now, 41).Bytes);
        Assert.Contains(":B:8*", text, StringComparison.Ordinal);

        var again = ClaimCorrections.Correct(voided, "CS000011", "biller1", _clock);
        Assert.Contains(again.Issues, i => i.Code is "claim.correct.void" or "claim.correct.status");
    }

    [Fact]
    public void WithoutPayerClaimNumber_IsRefused()
    {
        var result = ClaimCorrections.Correct(Adjudicated(icn: null), "CS000012", "biller1", _clock);
        Assert.Null(result.Claim);
        Assert.Equal("claim.correct.reference", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void BeforeAdjudication_IsRefused()
    {
        var claim = ClaimBuilder.Build(TestData.Request(), _clock).Claim!;
        claim.PayerClaimControlNumber = "X";
        Assert.Contains(ClaimCorrections.Void(claim, "CS000013", "biller1", _clock).Issues, i => i.Code == "claim.correct.status");
    }
}
