using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.Documents.Internal;
using PdfSharp.Pdf;

namespace Claimsmith.Documents;

/// <summary>
/// Renders a <see cref="PatientStatement"/> as a letter-size PDF: practice and patient address
/// blocks (the patient block sits where a #10 window envelope shows it), the account summary,
/// each visit with its lines, insurance payments, adjustments and patient payments, the amount
/// due with its aging, the due date and how to pay.
/// </summary>
public static class StatementRenderer
{
    /// <summary>One statement as PDF bytes.</summary>
    public static byte[] Render(PatientStatement statement) => Render([statement]);

    /// <summary>Several statements in one PDF (a run to print), each starting on a new page.</summary>
    public static byte[] Render(IEnumerable<PatientStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        using var document = new PdfDocument();
        document.Info.Title = "Patient statement";
        document.Info.Creator = "Claimsmith";
        foreach (var s in statements)
        {
            using var page = new FlowPage(document);
            Draw(page, s);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Draw(FlowPage p, PatientStatement s)
    {
        var w = p.Width;
        p.At(0, s.Practice.Name, p.Title);
        p.At(w, "STATEMENT", p.Title, alignRight: true);
        p.Next(p.Title);
        foreach (var line in AddressLines(s.Practice.Address))
        {
            p.Line(line);
        }

        if (!string.IsNullOrWhiteSpace(s.Practice.Phone))
        {
            p.Line("Phone " + s.Practice.Phone);
        }

        p.Next();
        p.At(0, s.Patient.Name, p.Bold);
        p.At(w, "Statement no. " + s.StatementNumber, alignRight: true);
        p.Next();
        var address = AddressLines(s.Patient.Address).ToList();
        string[] right = ["Statement date " + D(s.StatementDate), "Account " + s.Patient.AccountNumber, "Due by " + D(s.DueDate)];
        for (var i = 0; i < Math.Max(address.Count, right.Length); i++)
        {
            if (i < address.Count)
            {
                p.At(0, address[i]);
            }

            if (i < right.Length)
            {
                p.At(w, right[i], alignRight: true);
            }

            p.Next();
        }

        p.Next();
        p.Rule();
        p.Line("ACCOUNT SUMMARY", p.Bold);
        Row(p, "Charges", s.Totals.Charges);
        Row(p, "Insurance payments", -s.Totals.InsurancePayments);
        Row(p, "Adjustments", -s.Totals.Adjustments);
        Row(p, "Your payments", -s.Totals.PatientPayments);
        Row(p, "Pending with insurance", -s.PendingInsurance);
        Row(p, "AMOUNT DUE", s.AmountDue, bold: true);
        if (s.Credit > Money.Zero)
        {
            Row(p, "Credit balance (we owe you)", s.Credit);
        }

        if (s.PlanInstallmentDue is { } installment)
        {
            Row(p, "Payment plan installment due", installment);
        }

        p.Next();
        p.Rule();
        p.Line("VISITS", p.Bold);
        foreach (var v in s.Visits)
        {
            p.At(0, D(v.ServiceDate), p.Bold);
            p.At(80, "Claim " + v.ClaimNumber + "   " + v.PayerName, p.Bold);
            p.Next();
            foreach (var l in v.Lines)
            {
                p.At(12, l.ProcedureCode + (l.Modifiers is null ? "" : " " + l.Modifiers), p.Small);
                p.At(120, "x " + l.Units.ToString("0.###", CultureInfo.InvariantCulture), p.Small);
                p.At(w, M(l.Charge), p.Small, alignRight: true);
                p.Next(p.Small);
            }

            SmallRow(p, "Insurance paid", -v.Totals.InsurancePayments);
            SmallRow(p, "Adjustments", -v.Totals.Adjustments);
            SmallRow(p, "You paid", -v.Totals.PatientPayments);
            SmallRow(p, "Your balance for this visit", v.Totals.PatientBalance);
            p.Next(p.Small);
        }

        p.Rule();
        p.Line("AGING OF YOUR BALANCE (days from the date of service)", p.Bold);
        string[] labels = ["Current", "31-60", "61-90", "91-120", "Over 120"];
        Money[] amounts = [s.Aging.Current, s.Aging.Days31To60, s.Aging.Days61To90, s.Aging.Days91To120, s.Aging.Over120];
        for (var i = 0; i < labels.Length; i++)
        {
            p.At(i * (w / 5) + (w / 5) - 8, labels[i], alignRight: true);
        }

        p.Next();
        for (var i = 0; i < amounts.Length; i++)
        {
            p.At(i * (w / 5) + (w / 5) - 8, M(amounts[i]), alignRight: true);
        }

        p.Next();
        p.Next();
        p.Rule();
        p.Line("HOW TO PAY", p.Bold);
        foreach (var how in s.HowToPay)
        {
            p.Paragraph(how);
        }

        p.Line("Please pay " + M(s.AmountDue) + " by " + D(s.DueDate) + ". Statement " + s.StatementNumber + ".", p.Bold);
    }

    private static void Row(FlowPage p, string label, Money amount, bool bold = false)
    {
        p.At(0, label, bold ? p.Bold : p.Regular);
        p.At(p.Width, M(amount), bold ? p.Bold : p.Regular, alignRight: true);
        p.Next();
    }

    private static void SmallRow(FlowPage p, string label, Money amount)
    {
        if (amount == Money.Zero)
        {
            return;
        }

        p.At(12, label, p.Small);
        p.At(p.Width, M(amount), p.Small, alignRight: true);
        p.Next(p.Small);
    }

    internal static IEnumerable<string> AddressLines(Address a)
    {
        if (!string.IsNullOrWhiteSpace(a.Line1))
        {
            yield return a.Line1;
        }

        if (!string.IsNullOrWhiteSpace(a.Line2))
        {
            yield return a.Line2;
        }

        var zip = a.PostalCode.Length == 9 ? a.PostalCode[..5] + "-" + a.PostalCode[5..] : a.PostalCode;
        var city = $"{a.City}, {a.State} {zip}".Trim(' ', ',');
        if (city.Length > 0)
        {
            yield return city;
        }
    }

    internal static string D(DateOnly d) => d.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    internal static string M(Money m) => m.Amount.ToString("$#,##0.00;-$#,##0.00", CultureInfo.InvariantCulture);
}
