using Claimsmith.Billing;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Billing.Tests.Appeals;

public sealed class AppealLetterBuilderTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));

    private (ClaimBuildRequest Request, Claim Claim, List<LedgerEntry> Entries) Denied(string codes, out Appeal appeal, string? lcd = null)
    {
        var request = TestData.Request();
        var claim = ClaimBuilder.Build(request, _clock).Claim!;
        claim.PayerClaimControlNumber = "PCN-778";
        claim.TransitionTo(ClaimStatus.Ready, "biller", _clock);
        claim.TransitionTo(ClaimStatus.Submitted, "biller", _clock);
        _clock.Advance(TimeSpan.FromDays(1));
        claim.TransitionTo(ClaimStatus.Accepted, "clearinghouse", _clock);
        var ledger = new Billing.Ledger([], _clock);
        ledger.PostCharges(claim, "biller");
        ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(80m), "TRN9", "biller", lineId: claim.Lines[0].Id);
        ledger.PostAdjustment(claim, LedgerBucket.Insurance, Money.Of(25.50m), codes.Split(' ')[0], "biller", lineId: claim.Lines[1].Id);
        appeal = Appeal.Open(claim, [], request.Payer, new DateOnly(2026, 4, 2), codes, Money.Of(25.50m), "biller", _clock, claim.Lines[1].Id).Appeal!;
        appeal.LcdReference = lcd;
        return (request, claim, [.. ledger.Entries]);
    }

    private AppealLetter Letter(ClaimBuildRequest r, Claim claim, List<LedgerEntry> entries, Appeal appeal, bool describe = true) => AppealLetterBuilder.Build(new AppealLetterRequest
    {
        Appeal = appeal,
        Claim = claim,
        Organization = r.Organization,
        Payer = r.Payer,
        MemberId = r.Coverage.MemberId,
        Entries = entries,
        DescribeCarc = describe ? c => c == "97" ? "The benefit for this service is included in the payment/allowance for another service." : null : null,
        Date = new DateOnly(2026, 4, 10),
        SignedBy = "Pat Biller",
    });

    [Fact]
    public void Bundling_CitesNcciModifierPolicy_WithTheClaimsFacts()
    {
        var (r, claim, entries) = Denied("CO-97", out var appeal);
        claim.Lines[1].SetModifiers([Modifier.Parse("XS")]);
        var letter = Letter(r, claim, entries, appeal);

        Assert.Equal(DenialCategory.CodingBundling, letter.Category);
        var denial = Assert.Single(letter.Denials);
        Assert.Equal("CO-97", denial.Code);
        Assert.StartsWith("The benefit for this service is included", denial.Description, StringComparison.Ordinal);
        Assert.Contains(letter.Authorities, a => a.Contains("NCCI Policy Manual", StringComparison.Ordinal) && a.Contains("modifier 59", StringComparison.Ordinal));
        var body = string.Join("\n", letter.Paragraphs);
        Assert.Contains("line 2, J1100 with modifier XS", body, StringComparison.Ordinal);
        Assert.Contains("CS000001", body, StringComparison.Ordinal);
        Assert.Contains("03/10/2026", body, StringComparison.Ordinal);
        // Line money from the ledger.
        Assert.Equal(Money.Of(80m), letter.Lines[0].Paid);
        Assert.Equal(Money.Of(25.50m), letter.Lines[1].Adjusted);
        Assert.Contains(letter.Reference, kv => kv.Key == "Payer claim number" && kv.Value == "PCN-778");
        Assert.Contains(letter.Reference, kv => kv.Key == "Member ID" && kv.Value == "M123");
        // Which kind of distinct service it was is not on the claim: left for the biller.
        Assert.Contains(letter.MissingFields, f => f.StartsWith("separate site", StringComparison.Ordinal));
    }

    [Fact]
    public void TimelyFiling_CitesTheAcceptanceDate_FromTheStatusHistory()
    {
        var (r, claim, entries) = Denied("CO-29", out var appeal);
        var letter = Letter(r, claim, entries, appeal);
        Assert.Equal(DenialCategory.TimelyFiling, letter.Category);
        var body = string.Join("\n", letter.Paragraphs);
        Assert.Contains("first submitted on 03/12/2026 and accepted on 03/13/2026", body, StringComparison.Ordinal);
        Assert.Contains("365-day filing limit (ending 03/10/2027)", body, StringComparison.Ordinal);
        Assert.DoesNotContain(letter.MissingFields, f => f.Contains("acceptance", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingFacts_AreMarkedBlanks_NeverInvented()
    {
        var (r, claim, entries) = Denied("CO-50", out var appeal);
        var letter = Letter(r, claim, entries, appeal, describe: false);
        Assert.Equal(DenialCategory.MedicalNecessity, letter.Category);
        // No LCD on the appeal, no CARC list imported, no enclosures listed, no payer address.
        Assert.Contains("the LCD/NCD (or payer policy) reference and the criteria met", letter.MissingFields);
        Assert.Contains("description of CARC 50", letter.MissingFields);
        Assert.Contains("payer appeals address", letter.MissingFields);
        Assert.Contains(letter.Paragraphs, p => p.Contains(AppealLetterBuilder.Blank("the LCD/NCD (or payer policy) reference and the criteria met"), StringComparison.Ordinal));
        Assert.StartsWith(AppealLetterBuilder.BlankMarker, Assert.Single(letter.Enclosures), StringComparison.Ordinal);
        Assert.Contains("E11.22, I10", string.Join("\n", letter.Paragraphs), StringComparison.Ordinal);

        var (r2, claim2, entries2) = Denied("CO-50", out var withLcd, lcd: "L33252");
        withLcd.Enclosures = "Visit note 03/10/2026\nRemittance advice";
        var filled = Letter(r2, claim2, entries2, withLcd);
        Assert.DoesNotContain(filled.MissingFields, f => f.StartsWith("the LCD", StringComparison.Ordinal));
        Assert.Contains(filled.Authorities, a => a.Contains("L33252", StringComparison.Ordinal));
        Assert.Equal(["Visit note 03/10/2026", "Remittance advice"], filled.Enclosures);
    }
}
