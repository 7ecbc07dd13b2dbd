using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Claimsmith.Documents.Internal;

/// <summary>
/// Letter-size pages written top to bottom: text at a column, wrapped paragraphs and rules, with
/// a new page when the current one is full. Statements and appeal letters are flowing documents,
/// unlike the CMS-1500 whose fields sit on a fixed grid.
/// </summary>
internal sealed class FlowPage : IDisposable
{
    public const double Margin = 54; // 3/4 inch
    private readonly PdfDocument _document;
    private XGraphics _gfx;
    private readonly XPdfFontOptions _options = new(PdfFontEncoding.WinAnsi);

    public FlowPage(PdfDocument document)
    {
        ClaimsmithFontResolver.EnsureInstalled();
        _document = document;
        Regular = new XFont(ClaimsmithFontResolver.Family, 9.5, XFontStyleEx.Regular, _options);
        Small = new XFont(ClaimsmithFontResolver.Family, 8, XFontStyleEx.Regular, _options);
        Bold = new XFont(ClaimsmithFontResolver.Family, 9.5, XFontStyleEx.Bold, _options);
        Title = new XFont(ClaimsmithFontResolver.Family, 14, XFontStyleEx.Bold, _options);
        _gfx = NewPage();
    }

    public XFont Regular { get; }
    public XFont Small { get; }
    public XFont Bold { get; }
    public XFont Title { get; }
    public double Y { get; set; } = Margin;
    public double Width { get; } = XUnit.FromInch(8.5).Point - (2 * Margin);
    private double Bottom { get; } = XUnit.FromInch(11).Point - Margin;

    /// <summary>Text at <paramref name="x"/> (from the left margin) on the current line, without advancing.</summary>
    public void At(double x, string text, XFont? font = null, bool alignRight = false)
    {
        font ??= Regular;
        var left = Margin + x;
        if (alignRight)
        {
            left -= _gfx.MeasureString(text, font).Width;
        }

        _gfx.DrawString(text, font, XBrushes.Black, left, Y);
    }

    /// <summary>Advances to the next line (a new page when full).</summary>
    public void Next(XFont? font = null, double extra = 0)
    {
        Y += (font ?? Regular).Size * 1.35 + extra;
        if (Y > Bottom)
        {
            _gfx.Dispose();
            _gfx = NewPage();
            Y = Margin;
        }
    }

    /// <summary>One line of text then advance.</summary>
    public void Line(string text, XFont? font = null, double x = 0)
    {
        At(x, text, font);
        Next(font);
    }

    /// <summary>A paragraph wrapped to the width, then a blank half line.</summary>
    public void Paragraph(string text, XFont? font = null, double indent = 0)
    {
        font ??= Regular;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && _gfx.MeasureString(candidate, font).Width > Width - indent)
            {
                Line(line, font, indent);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            Line(line, font, indent);
        }

        Y += font.Size * 0.5;
    }

    /// <summary>A horizontal rule across the page.</summary>
    public void Rule()
    {
        _gfx.DrawLine(new XPen(XColors.Gray, 0.5), Margin, Y - 8, Margin + Width, Y - 8);
        Y += 4;
    }

    public void Dispose() => _gfx.Dispose();

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromInch(8.5);
        page.Height = XUnit.FromInch(11);
        return XGraphics.FromPdfPage(page);
    }
}
