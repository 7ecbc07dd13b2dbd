using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.Documents.Internal;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Claimsmith.Documents;

/// <summary>
/// Renders a client invoice as a letter-size PDF with PDFsharp: sender and client, number,
/// period, issue and due dates, the line detail (quantity, rate, amount), subtotal, minimum-fee
/// adjustment, total and the rounding rule. A void invoice is marked VOID on every page.
/// </summary>
public static class InvoiceRenderer
{
    private const double Margin = 54;
    private const double LineHeight = 14;

    /// <summary>The invoice as PDF bytes.</summary>
    public static byte[] Render(ClientInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ClaimsmithFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = "Invoice " + invoice.Number;
        document.Info.Creator = "Claimsmith";
        var options = new XPdfFontOptions(PdfFontEncoding.WinAnsi);
        var body = new XFont(ClaimsmithFontResolver.Family, 9.5, XFontStyleEx.Regular, options);
        var bold = new XFont(ClaimsmithFontResolver.Family, 9.5, XFontStyleEx.Bold, options);
        var title = new XFont(ClaimsmithFontResolver.Family, 18, XFontStyleEx.Bold, options);
        var small = new XFont(ClaimsmithFontResolver.Family, 7.5, XFontStyleEx.Regular, options);

        var page = NewPage(document);
        var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point;
        var y = Margin;
        gfx.DrawString("INVOICE", title, XBrushes.Black, Margin, y + 12);
        gfx.DrawString(invoice.Number, bold, XBrushes.Black, new XRect(Margin, y, width - (2 * Margin), 14), XStringFormats.TopRight);
        y += 36;
        Pair(gfx, body, bold, "From", invoice.VendorName ?? "", ref y);
        Pair(gfx, body, bold, "To", invoice.ClientName, ref y);
        Pair(gfx, body, bold, "Period", $"{Iso(invoice.PeriodStart)} to {Iso(invoice.PeriodEnd)}", ref y);
        Pair(gfx, body, bold, "Issued", Iso(invoice.IssueDate), ref y);
        Pair(gfx, body, bold, "Due", Iso(invoice.DueDate), ref y);
        if (invoice.ReplacesInvoiceId is not null)
        {
            Pair(gfx, body, bold, "Replaces", "an invoice voided on reissue", ref y);
        }

        y += LineHeight;
        var columns = new[] { Margin, width - Margin - 230, width - Margin - 140, width - Margin - 70 };
        Header(gfx, bold, columns, width, y);
        y += LineHeight + 4;
        foreach (var line in invoice.Lines.OrderBy(l => l.Sequence))
        {
            if (y > page.Height.Point - Margin - (6 * LineHeight))
            {
                Void(gfx, invoice, page);
                gfx.Dispose();
                page = NewPage(document);
                gfx = XGraphics.FromPdfPage(page);
                y = Margin;
                Header(gfx, bold, columns, width, y);
                y += LineHeight + 4;
            }

            var description = line.Description.Length > 70 ? line.Description[..67] + "..." : line.Description;
            gfx.DrawString(description, body, XBrushes.Black, columns[0], y);
            Right(gfx, body, Quantity(line), columns[2] - 8, y);
            Right(gfx, body, Rate(line), columns[3] - 8, y);
            Right(gfx, body, line.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture), width - Margin, y);
            y += LineHeight;
        }

        gfx.DrawLine(XPens.Black, columns[2], y - 8, width - Margin, y - 8);
        y += 4;
        Total(gfx, body, "Subtotal", invoice.Subtotal, columns[2], width, ref y);
        if (invoice.MinimumFeeAdjustment != Money.Zero)
        {
            Total(gfx, body, "Minimum fee", invoice.MinimumFeeAdjustment, columns[2], width, ref y);
        }

        Total(gfx, bold, "Total due (USD)", invoice.Total, columns[2], width, ref y);
        y += LineHeight;
        var tf = new PdfSharp.Drawing.Layout.XTextFormatter(gfx);
        tf.DrawString("Rounding: " + invoice.RoundingRule, small, XBrushes.Black, new XRect(Margin, y, width - (2 * Margin), 40));
        Void(gfx, invoice, page);
        gfx.Dispose();

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromInch(8.5);
        page.Height = XUnit.FromInch(11);
        return page;
    }

    private static void Void(XGraphics gfx, ClientInvoice invoice, PdfPage page)
    {
        if (invoice.Status == InvoiceStatus.Void)
        {
            var font = new XFont(ClaimsmithFontResolver.Family, 72, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.WinAnsi));
            gfx.DrawString("VOID", font, new XSolidBrush(XColor.FromArgb(90, 200, 0, 0)), new XRect(0, 0, page.Width.Point, page.Height.Point), XStringFormats.Center);
        }
    }

    private static void Header(XGraphics gfx, XFont bold, double[] columns, double width, double y)
    {
        gfx.DrawString("Description", bold, XBrushes.Black, columns[0], y);
        Right(gfx, bold, "Quantity", columns[2] - 8, y);
        Right(gfx, bold, "Rate", columns[3] - 8, y);
        Right(gfx, bold, "Amount", width - Margin, y);
        gfx.DrawLine(XPens.Black, Margin, y + 4, width - Margin, y + 4);
    }

    private static void Pair(XGraphics gfx, XFont body, XFont bold, string label, string value, ref double y)
    {
        gfx.DrawString(label, bold, XBrushes.Black, Margin, y);
        gfx.DrawString(value, body, XBrushes.Black, Margin + 70, y);
        y += LineHeight;
    }

    private static void Total(XGraphics gfx, XFont font, string label, Money amount, double x, double width, ref double y)
    {
        gfx.DrawString(label, font, XBrushes.Black, x, y);
        Right(gfx, font, amount.ToString("#,##0.00", CultureInfo.InvariantCulture), width - Margin, y);
        y += LineHeight;
    }

    private static void Right(XGraphics gfx, XFont font, string text, double right, double y)
    {
        var w = gfx.MeasureString(text, font).Width;
        gfx.DrawString(text, font, XBrushes.Black, right - w, y);
    }

    internal static string Quantity(ClientInvoiceLine line) => line.Kind switch
    {
        InvoiceLineKind.Hours => line.Quantity.ToString("0.00", CultureInfo.InvariantCulture) + " h",
        InvoiceLineKind.Collections => line.Quantity.ToString("#,##0.00", CultureInfo.InvariantCulture),
        _ => line.Quantity.ToString("0", CultureInfo.InvariantCulture),
    };

    internal static string Rate(ClientInvoiceLine line) => line.Kind == InvoiceLineKind.Collections
        ? line.Rate.ToString("0.###", CultureInfo.InvariantCulture) + "%"
        : line.Rate.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
