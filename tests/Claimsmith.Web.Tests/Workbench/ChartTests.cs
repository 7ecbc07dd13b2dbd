using System.Globalization;
using System.Xml.Linq;
using Claimsmith.Web.Workbench.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Claimsmith.Web.Tests.Workbench;

/// <summary>The server-rendered SVG charts: axis ticks, bar geometry, empty states, escaping and the accessible parts.</summary>
public sealed class ChartTests
{
    [Theory]
    [InlineData(0, 1, 0.2)]
    [InlineData(1, 1, 0.2)]
    [InlineData(0.8, 0.8, 0.2)]
    [InlineData(7, 8, 2)]
    [InlineData(96, 100, 20)]
    [InlineData(1500, 1500, 500)]
    [InlineData(1234.56, 1250, 250)]
    [InlineData(23, 25, 5)]
    [InlineData(11, 12.5, 2.5)]
    public void Scale_HasNiceTicksFromZeroCoveringTheLargestValue(double largest, double max, double step)
    {
        var scale = ChartScale.For((decimal)largest);

        Assert.Equal((decimal)max, scale.Max);
        Assert.Equal((decimal)step, scale.Step);
        Assert.Equal(0m, scale.Ticks[0]);
        Assert.Equal(scale.Max, scale.Ticks[^1]);
        Assert.True(scale.Max >= (decimal)largest);
        Assert.InRange(scale.Ticks.Count, 3, 11);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(5, 5)]
    public void Scale_ForCounts_HasWholeTicks(int largest, int max)
    {
        var scale = ChartScale.For(largest, whole: true);
        Assert.Equal((max, 1m), (scale.Max, scale.Step));
        Assert.All(scale.Ticks, t => Assert.Equal(decimal.Truncate(t), t));
    }

    [Fact]
    public void Segments_LaidEndToEnd_AreAsLongAsTheTotal()
    {
        var bar = new ChartBar("Payer", [100m, 0m, 333.33m, 66.67m, 500m]);
        var scale = ChartScale.For(bar.Total);

        var segments = BarGeometry.Segments(bar, scale, 200, 420);

        Assert.Equal([0, 2, 3, 4], segments.Select(s => s.Series));   // the zero value gets no segment
        Assert.Equal(200, segments[0].X);
        for (var i = 1; i < segments.Count; i++)
        {
            Assert.Equal(segments[i - 1].X + segments[i - 1].Width, segments[i].X, 9);
        }

        Assert.Equal(scale.Length(bar.Total, 420), segments.Sum(s => s.Width), 9);
        Assert.Equal(420.0 * 1000 / 1000, segments.Sum(s => s.Width), 9); // 1000 on an axis to 1000
    }

    [Fact]
    public async Task StackedBarChart_RendersSvgWithTitleDescAndTheNumbersTable()
    {
        var html = await RenderAsync<StackedBarChart>(new Dictionary<string, object?>
        {
            ["Id"] = "c1",
            ["Title"] = "A/R aging",
            ["Series"] = (IReadOnlyList<string>)["0-30", "31-60"],
            ["Bars"] = (IReadOnlyList<ChartBar>)[new ChartBar("Acme", [30m, 70m]), new ChartBar("Zenith", [0m, 50m])],
            ["LabelHeader"] = "Payer",
        });

        var svg = Svg(html);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("A/R aging", svg.Element(Ns + "title")!.Value);
        Assert.Contains("largest is Acme at 100", svg.Element(Ns + "desc")!.Value, StringComparison.Ordinal);
        // Three segments (Zenith has nothing 0-30), each filled with its series' pattern, not colour alone.
        var rects = svg.Descendants(Ns + "rect").Where(r => r.Attribute("data-series") is not null).ToList();
        Assert.Equal(3, rects.Count);
        Assert.All(rects, r => Assert.StartsWith("url(#c1-p", (string?)r.Attribute("fill"), StringComparison.Ordinal));
        // Acme's two segments together are as wide as its total on the axis (0-100): the whole plot.
        Assert.Equal(420, rects.Take(2).Sum(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)), 1);
        Assert.Contains("<table class=\"grid chart-data\" aria-label=\"A/R aging: the numbers\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Zenith</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_WithoutData_ShowTheEmptyStateAndNoSvg()
    {
        var bars = await RenderAsync<StackedBarChart>(new Dictionary<string, object?>
        {
            ["Id"] = "e1", ["Title"] = "Nothing", ["Series"] = (IReadOnlyList<string>)["A"], ["Bars"] = (IReadOnlyList<ChartBar>)[], ["EmptyText"] = "Nothing yet: post a remittance.",
        });
        var zeros = await RenderAsync<BarChart>(new Dictionary<string, object?>
        {
            ["Id"] = "e2", ["Title"] = "Zeros", ["Items"] = (IReadOnlyList<KeyValuePair<string, decimal>>)[KeyValuePair.Create("A", 0m)],
        });
        var lines = await RenderAsync<LineChart>(new Dictionary<string, object?>
        {
            ["Id"] = "e3", ["Title"] = "No values", ["XLabels"] = (IReadOnlyList<string>)["2026-01", "2026-02"],
            ["Series"] = (IReadOnlyList<ChartSeries>)[new ChartSeries("Rate", [null, null])],
        });

        foreach (var html in new[] { bars, zeros, lines })
        {
            Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
            Assert.Contains("class=\"chart-empty\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("Nothing yet: post a remittance.", bars, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_EscapeLabels()
    {
        const string Evil = "<script>alert(1)</script> & \"Co\"";
        var html = await RenderAsync<BarChart>(new Dictionary<string, object?>
        {
            ["Id"] = "x1", ["Title"] = Evil, ["Items"] = (IReadOnlyList<KeyValuePair<string, decimal>>)[KeyValuePair.Create(Evil, 3m)],
        });
        var line = await RenderAsync<LineChart>(new Dictionary<string, object?>
        {
            ["Id"] = "x2", ["Title"] = "t", ["XLabels"] = (IReadOnlyList<string>)[Evil], ["Series"] = (IReadOnlyList<ChartSeries>)[new ChartSeries(Evil, [1m])],
        });

        foreach (var h in new[] { html, line })
        {
            Assert.DoesNotContain("<script>", h, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", h, StringComparison.Ordinal);
            _ = Svg(h); // still well-formed
        }
    }

    [Fact]
    public async Task LineChart_PlotsEachSeriesWithItsOwnDashAndBreaksAtMissingValues()
    {
        var html = await RenderAsync<LineChart>(new Dictionary<string, object?>
        {
            ["Id"] = "l1",
            ["Title"] = "Rates",
            ["XLabels"] = (IReadOnlyList<string>)["2026-01", "2026-02", "2026-03", "2026-04"],
            ["Series"] = (IReadOnlyList<ChartSeries>)[new ChartSeries("Clean", [0.5m, 1m, null, 0.75m]), new ChartSeries("First pass", [0.25m, 0.5m, 0.5m, 0.5m])],
            ["Max"] = (decimal?)1m,
        });

        var svg = Svg(html);
        var paths = svg.Descendants(Ns + "g").Where(g => g.Attribute("data-series") is not null).Select(g => g.Element(Ns + "path")!).ToList();
        Assert.Equal(2, paths.Count);
        // The first line breaks at March: two pieces (M ... L ... M ...).
        Assert.Equal(2, ((string)paths[0].Attribute("d")!).Count(c => c == 'M'));
        Assert.Null(paths[0].Attribute("stroke-dasharray"));
        Assert.NotNull(paths[1].Attribute("stroke-dasharray"));
        Assert.NotEqual((string?)paths[0].Attribute("stroke"), (string?)paths[1].Attribute("stroke"));
        // Top of the axis is 1 (y = 34), the bottom 0 (y = 254): January's 0.5 is halfway.
        Assert.StartsWith("M64,144 L274,34", (string)paths[0].Attribute("d")!, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2026-03</th>", html, StringComparison.Ordinal);
        Assert.Matches("<td class=\"num\">(–|&#x2013;)</td>", html); // no value in March
    }

    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static XElement Svg(string html)
    {
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(html[start..end]);
    }

    private static async Task<string> RenderAsync<T>(IDictionary<string, object?> parameters)
        where T : IComponent
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
