using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Claimsmith.Documents.Internal;

/// <summary>
/// PDFsharp's Core build has no access to system fonts on Linux; Claimsmith documents use the
/// Segoe WP faces that ship inside the PDFsharp package, so rendering needs nothing installed.
/// </summary>
internal sealed class ClaimsmithFontResolver : IFontResolver
{
    public const string Family = "Claimsmith";
    private static readonly Lock Gate = new();

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new ClaimsmithFontResolver();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWP-Bold" : "SegoeWP");

    public byte[]? GetFont(string faceName) => faceName == "SegoeWP-Bold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
