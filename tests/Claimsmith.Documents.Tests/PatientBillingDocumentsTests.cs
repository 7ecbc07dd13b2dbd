using Claimsmith.Billing;

namespace Claimsmith.Documents.Tests;

/// <summary>Statements and appeal letters read back from the PDF text.</summary>
public sealed class PatientBillingDocumentsTests
{
    private static readonly Address Office = new() { Line1 = "1 Main St", City = "Springfield", State = "IL", PostalCode = "627010001" };

    [Fact]
    public void Statement_Pdf_ShowsTheAmountsOfTheData()
    {
        var statement = new PatientStatement
        {
            StatementNumber = "ST00000042",
            StatementDate = new DateOnly(2026, 6, 1),
            DueDate = new DateOnly(2026, 7, 1),
            Practice = new StatementParty("Maple Family Practice", Office, "217-555-0100"),
            Patient = new StatementParty("Casey Doe", new Address { Line1 = "8 Elm St", City = "Springfield", State = "IL", PostalCode = "62702" }, null, "A100"),
            Visits =
            [
                new StatementVisit
                {
                    ClaimNumber = "CS000001", ServiceDate = new DateOnly(2026, 3, 10), PayerName = "Acme Health",
                    Lines = [new StatementLine(1, new DateOnly(2026, 3, 10), "99214", "25", 1, Money.Of(150m))],
                    Totals = new LedgerTotals { Charges = Money.Of(150m), InsurancePayments = Money.Of(100m), Adjustments = Money.Of(30m), PatientBalance = Money.Of(20m) },
                },
            ],
            Totals = new LedgerTotals { Charges = Money.Of(150m), InsurancePayments = Money.Of(100m), Adjustments = Money.Of(30m), PatientBalance = Money.Of(20m) },
            AmountDue = Money.Of(20m),
            Aging = AgingTotals.Empty.Add(AgingBucket.Days61To90, Money.Of(20m)),
            HowToPay = ["Mail a check payable to Maple Family Practice."],
        };

        var text = string.Join("\n", Cms1500Tests.PageTexts(StatementRenderer.Render(statement)));

        foreach (var expected in new[] { "ST00000042", "Casey Doe", "8 Elm St", "Maple Family Practice", "AMOUNT DUE", "$20.00", "-$100.00", "-$30.00", "$150.00", "99214 25", "07/01/2026", "61-90", "Mail a check" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AppealLetter_Pdf_CarriesTheFacts_AndTheBlanks()
    {
        var letter = new AppealLetter
        {
            Date = new DateOnly(2026, 4, 10),
            From = new StatementParty("Maple Family Practice", Office),
            To = new StatementParty("Acme Health - Appeals", new Address { Line1 = AppealLetterBuilder.Blank("payer appeals address") }),
            Reference = [new("Claim number", "CS000001"), new("Member ID", "M123")],
            Denials = [new AppealLetterDenial("CO-97", "Included in another service.", DenialCategory.CodingBundling)],
            Category = DenialCategory.CodingBundling,
            Lines = [new AppealLetterLine(2, new DateOnly(2026, 3, 10), "J1100", "XS", "I10", 2, Money.Of(25.50m), Money.Zero, Money.Of(25.50m))],
            Paragraphs = ["The procedures were distinct services and are not bundled: line 2, J1100 with modifier XS."],
            Authorities = ["NCCI Policy Manual for Medicare Services, Chapter I, section E."],
            Enclosures = ["Procedure note"],
            Signature = "Pat Biller",
        };

        var text = string.Join("\n", Cms1500Tests.PageTexts(AppealLetterRenderer.Render(letter)));

        foreach (var expected in new[] { "CS000001", "M123", "CO-97", "coding and bundling", "J1100", "XS", "25.50", "NCCI Policy Manual", "Procedure note", "Pat Biller", "[TO COMPLETE: payer appeals address]" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }
}
