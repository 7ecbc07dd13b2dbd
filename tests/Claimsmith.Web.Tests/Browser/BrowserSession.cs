using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>One signed-in browser page with the checks every screen gets: a screenshot saved as a test artefact and an axe run.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string test) : IAsyncDisposable
{
    /// <summary>Where screenshots go: <c>CLAIMSMITH_SCREENSHOTS</c>, else TestResults/screenshots beside the test binaries.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("CLAIMSMITH_SCREENSHOTS") is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;

    private int _shots;

    public IPage Page => page;

    public static async Task<BrowserSession> SignInAsync(WorkbenchHost host, string role, string test)
    {
        var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, test);
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email address").FillAsync(ClaimsmithWebFactory.Email(role));
        await page.GetByLabel("Password").FillAsync(ClaimsmithWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/signin", StringComparison.Ordinal));
        return session;
    }

    /// <summary>Saves a full-page screenshot named after the test and the screen; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string screen)
    {
        var path = Path.Combine(ScreenshotDirectory, $"{test}-{++_shots:D2}-{screen}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Runs axe on the page and fails on any serious or critical violation, naming each.</summary>
    public async Task AssertAccessibleAsync(string screen)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{screen}: " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    /// <summary>Screenshot then axe: what every screen a test visits gets.</summary>
    public async Task CheckScreenAsync(string screen)
    {
        await ScreenshotAsync(screen);
        await AssertAccessibleAsync(screen);
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
    }
}
