using Claimsmith.Billing;
using Claimsmith.Documents.Internal;
using PdfSharp.Pdf;

namespace Claimsmith.Documents;

/// <summary>
/// Renders an <see cref="AppealLetter"/> as a letter-size PDF: letterhead, date, payer address,
/// reference block, the denial codes with their descriptions and category, the service lines,
/// the argument, the rules cited, the enclosures and the signature. Blanks the biller must fill
/// stay visible as <c>[TO COMPLETE: ...]</c>.
/// </summary>
public static class AppealLetterRenderer
{
    /// <summary>The letter as PDF bytes.</summary>
    public static byte[] Render(AppealLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var document = new PdfDocument();
        document.Info.Title = "Appeal";
        document.Info.Creator = "Claimsmith";
        using (var p = new FlowPage(document))
        {
            Draw(p, letter);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Draw(FlowPage p, AppealLetter l)
    {
        p.Line(l.From.Name, p.Title);
        foreach (var line in StatementRenderer.AddressLines(l.From.Address))
        {
            p.Line(line);
        }

        p.Line(l.FromIdentifiers + (string.IsNullOrWhiteSpace(l.From.Phone) ? "" : "   Phone " + l.From.Phone), p.Small);
        p.Next();
        p.Line(StatementRenderer.D(l.Date));
        p.Next();
        p.Line(l.To.Name);
        foreach (var line in StatementRenderer.AddressLines(l.To.Address))
        {
            p.Line(line);
        }

        p.Next();
        p.Line("RE: Request for reconsideration - " + Describe(l.Category), p.Bold);
        foreach (var (label, value) in l.Reference)
        {
            p.At(0, label + ":", p.Small);
            p.At(110, value, p.Small);
            p.Next(p.Small);
        }

        p.Next();
        p.Line("Denial", p.Bold);
        foreach (var d in l.Denials)
        {
            p.Paragraph($"{d.Code}: {d.Description} (category: {Describe(d.Category)})", p.Small, 12);
        }

        p.Line("Services", p.Bold);
        p.At(0, "Line", p.Small);
        p.At(30, "Date", p.Small);
        p.At(90, "Code", p.Small);
        p.At(135, "Modifiers", p.Small);
        p.At(195, "Diagnoses", p.Small);
        p.At(p.Width - 130, "Billed", p.Small, alignRight: true);
        p.At(p.Width - 65, "Paid", p.Small, alignRight: true);
        p.At(p.Width, "Adjusted", p.Small, alignRight: true);
        p.Next(p.Small);
        foreach (var line in l.Lines)
        {
            p.At(0, line.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Small);
            p.At(30, StatementRenderer.D(line.ServiceDate), p.Small);
            p.At(90, line.ProcedureCode, p.Small);
            p.At(135, line.Modifiers, p.Small);
            p.At(195, line.Diagnoses, p.Small);
            p.At(p.Width - 130, line.Charge.ToString(), p.Small, alignRight: true);
            p.At(p.Width - 65, line.Paid.ToString(), p.Small, alignRight: true);
            p.At(p.Width, line.Adjusted.ToString(), p.Small, alignRight: true);
            p.Next(p.Small);
        }

        p.Next();
        p.Line("To whom it may concern:");
        foreach (var paragraph in l.Paragraphs)
        {
            p.Paragraph(paragraph);
        }

        if (l.Authorities.Count > 0)
        {
            p.Line("Supporting rules", p.Bold);
            foreach (var a in l.Authorities)
            {
                p.Paragraph("- " + a, p.Small, 12);
            }
        }

        p.Line("Enclosures", p.Bold);
        foreach (var e in l.Enclosures)
        {
            p.Paragraph("- " + e, p.Small, 12);
        }

        p.Next();
        p.Line("Sincerely,");
        p.Next();
        p.Line(l.Signature);
        p.Line(l.From.Name);
    }

    /// <summary>The category in words.</summary>
    public static string Describe(DenialCategory category) => category switch
    {
        DenialCategory.EligibilityRegistration => "eligibility and registration",
        DenialCategory.Authorization => "authorization",
        DenialCategory.CodingBundling => "coding and bundling",
        DenialCategory.MedicalNecessity => "medical necessity",
        DenialCategory.TimelyFiling => "timely filing",
        DenialCategory.Duplicate => "duplicate",
        DenialCategory.MissingInformation => "missing information",
        DenialCategory.ContractualUnderpayment => "contractual underpayment",
        DenialCategory.Contractual => "contractual",
        DenialCategory.PatientResponsibility => "patient responsibility",
        _ => "other",
    };
}
