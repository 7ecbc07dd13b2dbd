using System.Globalization;

namespace Claimsmith.Web.Workbench.Charts;

/// <summary>
/// Colours and second cues of the charts. The colours are the Okabe-Ito palette (distinguishable with
/// every common colour-vision deficiency), without its yellow, which is too light on white (WCAG 1.4.11
/// asks 3:1 for graphics). Colour is never the only cue (WCAG 1.4.1): stacked segments also carry a
/// hatch pattern, lines a dash pattern and a marker shape, and every chart has its numbers in a table.
/// </summary>
internal static class ChartPalette
{
    private static readonly string[] Colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000"];
    private static readonly string[] Dashes = ["", "8 4", "2 3", "10 3 2 3", "4 4", "1 2", ""];

    /// <summary>The colour of series <paramref name="index"/>.</summary>
    public static string Color(int index) => Colors[index % Colors.Length];

    /// <summary>The stroke dash pattern of line <paramref name="index"/> (empty: solid).</summary>
    public static string Dash(int index) => Dashes[index % Dashes.Length];

    /// <summary>The hatch of stacked segment <paramref name="index"/>: 0 plain, then diagonal, cross, dots, horizontal, vertical.</summary>
    public static int Hatch(int index) => index % 6;

    /// <summary>A coordinate for SVG attributes (invariant, one decimal).</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
