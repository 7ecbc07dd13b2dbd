using Claimsmith.Billing;
using Claimsmith.Documents.Internal;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Claimsmith.Documents;

/// <summary>
/// Renders CMS-1500 (02/12) PDFs with PDFsharp. Data sit on the form's character grid (10
/// characters per inch, 6 lines per inch), so <see cref="Cms1500Mode.DataOnly"/> output lines up
/// with the pre-printed red form when printed at 100% on letter paper, and
/// <see cref="Cms1500Mode.FullForm"/> draws the form's boxes and captions around the same data.
/// </summary>
public static class Cms1500Renderer
{
    private const double Left = 12;        // x of column 1, points
    private const double Top = 6;          // y of line 0 baseline, points (line 64 ends above the bottom edge)
    private const double ColumnWidth = 7.2; // 1/10 inch
    private const double LineHeight = 12;   // 1/6 inch
    private static readonly XColor FormRed = XColor.FromArgb(210, 35, 45);
    private static readonly XColor ShadedPink = XColor.FromArgb(253, 228, 228);

    /// <summary>One claim as a PDF (one page per six service lines).</summary>
    public static byte[] Render(Claim claim, Cms1500Mode mode) => Render([claim], mode);

    /// <summary>Several professional claims in one PDF, in order.</summary>
    public static byte[] Render(IEnumerable<Claim> claims, Cms1500Mode mode)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ClaimsmithFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = "CMS-1500 (02/12)";
        document.Info.Creator = "Claimsmith";
        var options = new XPdfFontOptions(PdfFontEncoding.WinAnsi);
        var data = new XFont(ClaimsmithFontResolver.Family, 8.5, XFontStyleEx.Regular, options);
        var caption = new XFont(ClaimsmithFontResolver.Family, 4.6, XFontStyleEx.Regular, options);
        var title = new XFont(ClaimsmithFontResolver.Family, 11, XFontStyleEx.Bold, options);
        foreach (var claim in claims)
        {
            var fields = Cms1500Mapper.Map(claim);
            foreach (var pageFields in fields.GroupBy(f => f.Page).OrderBy(g => g.Key))
            {
                var page = document.AddPage();
                page.Width = XUnit.FromInch(8.5);
                page.Height = XUnit.FromInch(11);
                using var gfx = XGraphics.FromPdfPage(page);
                if (mode == Cms1500Mode.FullForm)
                {
                    DrawForm(gfx, caption, title);
                }

                foreach (var f in pageFields)
                {
                    gfx.DrawString(f.Text, data, XBrushes.Black, X(f.Column), Y(f.Line) + 1.5);
                }
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static double X(int column) => Left + ((column - 1) * ColumnWidth);

    private static double Y(int line) => Top + (line * LineHeight);

    private static void Box(XGraphics gfx, XFont font, int fromLine, int toLine, int fromColumn, int toColumn, string caption, bool shaded = false)
    {
        var pen = new XPen(FormRed, 0.6);
        var x = X(fromColumn) - 2;
        var y = Y(fromLine - 1);
        var w = X(toColumn + 1) - 2 - x;
        var h = Y(toLine) + 4 - y;
        if (shaded)
        {
            gfx.DrawRectangle(new XSolidBrush(ShadedPink), x, y, w, h);
        }

        gfx.DrawRectangle(pen, x, y, w, h);
        if (caption.Length > 0)
        {
            gfx.DrawString(caption, font, new XSolidBrush(FormRed), x + 1.5, y + 4.6);
        }
    }

    private static void DrawForm(XGraphics gfx, XFont f, XFont title)
    {
        var red = new XSolidBrush(FormRed);
        gfx.DrawString("HEALTH INSURANCE CLAIM FORM", title, red, X(1), Y(6));
        gfx.DrawString("APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12", f, red, X(1), Y(7) - 4);
        gfx.DrawString("CARRIER", f, red, X(47), Y(2));

        Box(gfx, f, 9, 9, 1, 48, "1. MEDICARE     MEDICAID     TRICARE     CHAMPVA     GROUP HEALTH PLAN     FECA BLK LUNG     OTHER");
        Box(gfx, f, 9, 9, 49, 80, "1a. INSURED'S I.D. NUMBER (For Program in Item 1)");
        Box(gfx, f, 11, 11, 1, 30, "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)");
        Box(gfx, f, 11, 11, 31, 48, "3. PATIENT'S BIRTH DATE        SEX  M    F");
        Box(gfx, f, 11, 11, 49, 80, "4. INSURED'S NAME (Last Name, First Name, Middle Initial)");
        Box(gfx, f, 13, 13, 1, 30, "5. PATIENT'S ADDRESS (No., Street)");
        Box(gfx, f, 13, 13, 31, 48, "6. PATIENT RELATIONSHIP TO INSURED  Self Spouse Child Other");
        Box(gfx, f, 13, 13, 49, 80, "7. INSURED'S ADDRESS (No., Street)");
        Box(gfx, f, 15, 15, 1, 23, "CITY");
        Box(gfx, f, 15, 15, 24, 30, "STATE");
        Box(gfx, f, 15, 17, 31, 48, "8. RESERVED FOR NUCC USE");
        Box(gfx, f, 15, 15, 49, 72, "CITY");
        Box(gfx, f, 15, 15, 73, 80, "STATE");
        Box(gfx, f, 17, 17, 1, 13, "ZIP CODE");
        Box(gfx, f, 17, 17, 14, 30, "TELEPHONE (Include Area Code)");
        Box(gfx, f, 17, 17, 49, 64, "ZIP CODE");
        Box(gfx, f, 17, 17, 65, 80, "TELEPHONE (Include Area Code)");
        Box(gfx, f, 19, 19, 1, 30, "9. OTHER INSURED'S NAME");
        Box(gfx, f, 19, 19, 31, 48, "10. IS PATIENT'S CONDITION RELATED TO:");
        Box(gfx, f, 19, 19, 49, 80, "11. INSURED'S POLICY GROUP OR FECA NUMBER");
        Box(gfx, f, 21, 21, 1, 30, "a. OTHER INSURED'S POLICY OR GROUP NUMBER");
        Box(gfx, f, 21, 21, 31, 48, "a. EMPLOYMENT? (Current or Previous)   YES   NO");
        Box(gfx, f, 21, 21, 49, 80, "a. INSURED'S DATE OF BIRTH                SEX  M      F");
        Box(gfx, f, 23, 23, 1, 30, "b. RESERVED FOR NUCC USE");
        Box(gfx, f, 23, 23, 31, 48, "b. AUTO ACCIDENT?   PLACE (State)   YES   NO");
        Box(gfx, f, 23, 23, 49, 80, "b. OTHER CLAIM ID (Designated by NUCC)");
        Box(gfx, f, 25, 25, 1, 30, "c. RESERVED FOR NUCC USE");
        Box(gfx, f, 25, 25, 31, 48, "c. OTHER ACCIDENT?   YES   NO");
        Box(gfx, f, 25, 25, 49, 80, "c. INSURANCE PLAN NAME OR PROGRAM NAME");
        Box(gfx, f, 27, 27, 1, 30, "d. INSURANCE PLAN NAME OR PROGRAM NAME");
        Box(gfx, f, 27, 27, 31, 48, "10d. CLAIM CODES (Designated by NUCC)");
        Box(gfx, f, 27, 27, 49, 80, "d. IS THERE ANOTHER HEALTH BENEFIT PLAN?   YES   NO");
        Box(gfx, f, 29, 30, 1, 48, "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE  I authorize the release of any medical or other information necessary to process this claim.");
        Box(gfx, f, 29, 30, 49, 80, "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE  I authorize payment of medical benefits.");
        Box(gfx, f, 32, 32, 1, 20, "14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)");
        Box(gfx, f, 32, 32, 21, 48, "15. OTHER DATE");
        Box(gfx, f, 32, 32, 49, 80, "16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION");
        Box(gfx, f, 34, 34, 1, 30, "17. NAME OF REFERRING PROVIDER OR OTHER SOURCE");
        Box(gfx, f, 34, 34, 31, 48, "17a.          17b. NPI");
        Box(gfx, f, 34, 34, 49, 80, "18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES   FROM   TO");
        Box(gfx, f, 36, 36, 1, 48, "19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)");
        Box(gfx, f, 36, 36, 49, 80, "20. OUTSIDE LAB?   $ CHARGES");
        Box(gfx, f, 37, 40, 1, 48, "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  Relate A-L to service line below (24E)      ICD Ind.");
        Box(gfx, f, 37, 38, 49, 80, "22. RESUBMISSION CODE          ORIGINAL REF. NO.");
        Box(gfx, f, 39, 40, 49, 80, "23. PRIOR AUTHORIZATION NUMBER");
        for (var i = 0; i < 12; i++)
        {
            gfx.DrawString($"{(char)('A' + i)}.", f, red, X(2 + (12 * (i % 4))) - 2, Y(38 + (i / 4)));
        }

        Box(gfx, f, 42, 43, 1, 18, "24. A.  DATE(S) OF SERVICE   From  MM DD YY   To  MM DD YY");
        Box(gfx, f, 42, 43, 19, 21, "B. PLACE OF SERVICE");
        Box(gfx, f, 42, 43, 22, 24, "C. EMG");
        Box(gfx, f, 42, 43, 25, 44, "D. PROCEDURES, SERVICES, OR SUPPLIES  CPT/HCPCS   MODIFIER");
        Box(gfx, f, 42, 43, 45, 49, "E. DIAGNOSIS POINTER");
        Box(gfx, f, 42, 43, 50, 58, "F. $ CHARGES");
        Box(gfx, f, 42, 43, 59, 62, "G. DAYS OR UNITS");
        Box(gfx, f, 42, 43, 63, 63, "H.");
        Box(gfx, f, 42, 43, 64, 66, "I. ID QUAL.");
        Box(gfx, f, 42, 43, 67, 80, "J. RENDERING PROVIDER ID. #");
        for (var row = 0; row < Cms1500Mapper.LinesPerPage; row++)
        {
            var shaded = 44 + (2 * row);
            Box(gfx, f, shaded, shaded, 1, 66, "", shaded: true);
            Box(gfx, f, shaded, shaded, 67, 80, "", shaded: true);
            foreach (var (from, to) in new[] { (1, 9), (10, 18), (19, 21), (22, 24), (25, 31), (32, 44), (45, 49), (50, 58), (59, 62), (63, 63), (64, 66), (67, 80) })
            {
                Box(gfx, f, shaded + 1, shaded + 1, from, to, "");
            }

            gfx.DrawString((row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), f, red, 3, Y(shaded + 1));
        }

        Box(gfx, f, 56, 57, 1, 22, "25. FEDERAL TAX I.D. NUMBER     SSN  EIN");
        Box(gfx, f, 56, 57, 23, 35, "26. PATIENT'S ACCOUNT NO.");
        Box(gfx, f, 56, 57, 36, 48, "27. ACCEPT ASSIGNMENT?   YES   NO");
        Box(gfx, f, 56, 57, 49, 60, "28. TOTAL CHARGE  $");
        Box(gfx, f, 56, 57, 61, 72, "29. AMOUNT PAID  $");
        Box(gfx, f, 56, 57, 73, 80, "30. Rsvd for NUCC Use");
        Box(gfx, f, 59, 63, 1, 22, "31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS");
        Box(gfx, f, 59, 62, 23, 48, "32. SERVICE FACILITY LOCATION INFORMATION");
        Box(gfx, f, 59, 62, 49, 80, "33. BILLING PROVIDER INFO & PH #");
        Box(gfx, f, 63, 63, 23, 35, "a. NPI");
        Box(gfx, f, 63, 63, 36, 48, "b.");
        Box(gfx, f, 63, 63, 49, 61, "a. NPI");
        Box(gfx, f, 63, 63, 62, 80, "b.");
        gfx.DrawString("NUCC Instruction Manual available at: www.nucc.org        PLEASE PRINT OR TYPE        APPROVED OMB-0938-1197 FORM 1500 (02-12)", f, red, X(1), Y(64) + 2);
    }
}
