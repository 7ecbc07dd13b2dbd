using System.Text;
using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>
/// The workbench in a real browser: sign-in, coding an encounter end to end, building, scrubbing
/// and exporting its claim, and an axe check on every screen. Each test saves screenshots.
/// </summary>
public sealed class WorkbenchBrowserTests(WorkbenchHost host) : IClassFixture<WorkbenchHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly PageAssertionsToHaveURLOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task SignIn_RefusesAWrongPassword_ThenOpensTheQueue_AndSignsOut()
    {
        host.SkipIfUnavailable();
        // An encounter of its own waits in the queue: the coding test may have coded the seeded one already (tests run in any order).
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await Jobs.JobSeed.UncodedEncounterAsync(scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>(), TestContext.Current.CancellationToken, host.Data.OrganizationId, new DateOnly(2026, 6, 1));
        }

        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await using var session = new BrowserSession(context, page, "signin");

        // A page asked for before sign-in leads to the sign-in page and back.
        await page.GotoAsync("/claims");
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
        await session.CheckScreenAsync("signin");

        await page.GetByLabel("Email address").FillAsync(ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder));
        await page.GetByLabel("Password").FillAsync("not-the-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not right");
        await session.ScreenshotAsync("signin-refused");

        await page.GetByLabel("Email address").FillAsync(ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder));
        await page.GetByLabel("Password").FillAsync(ClaimsmithWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/claims$"), Slow);

        await page.GotoAsync("/coding");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coding queue" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#open-next")).ToBeVisibleAsync();
        await session.CheckScreenAsync("queue");

        // A coder has no audit log: the screen says so instead of showing it.
        await page.GotoAsync("/audit");
        Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("ask an administrator");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"), Slow);
        await page.GotoAsync("/coding");
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodingAnEncounter_AcceptFixThroughTheEncoderScrubAndSave()
    {
        host.SkipIfUnavailable();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Coder, "coding");
        var page = session.Page;
        page.SetDefaultTimeout(60_000); // the first open builds the coding engine's vocabulary

        // One key opens the next encounter of the queue: the oldest uncoded one.
        await page.GotoAsync("/coding");
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page).ToHaveURLAsync($"{host.BaseAddress.ToString().TrimEnd('/')}/coding/{host.Data.UncodedEncounterId}", Slow);
        var suggestions = page.Locator("li.sug");
        await Assertions.Expect(suggestions.First).ToBeVisibleAsync();
        Assert.True(await page.Locator("mark.ev").CountAsync() > 0, "evidence spans are highlighted in the note");
        await Assertions.Expect(page.Locator("#scrub-results li.finding, #scrub-results p.ok").First).ToBeVisibleAsync();
        await session.CheckScreenAsync("coding-screen");

        // Clicking a code flashes its words; clicking words names their codes.
        var first = suggestions.First;
        var firstId = await first.GetAttributeAsync("data-sid");
        await first.Locator("button.code").ClickAsync();
        await Assertions.Expect(page.Locator($"mark.ev.flash[data-sids~='sug-{firstId}']").First).ToBeVisibleAsync();
        await page.Locator("mark.ev").First.ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("These words support");

        // Accept every suggestion by key.
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Shift+A");
        var diagnosisCount = await page.Locator("li.sug[data-state='accepted']").CountAsync();
        Assert.True(diagnosisCount > 0);
        await Assertions.Expect(page.Locator("#final-dx li")).ToHaveCountAsync(diagnosisCount);

        // The E/M level from the documented time becomes the charge; with codes and a charge the draft scrubs as a claim.
        await Assertions.Expect(page.Locator(".em")).ToContainTextAsync("9921");
        await page.Locator("[data-act='add-em']").ClickAsync();
        await page.Locator("#charge-rows input[name=charge]").FillAsync("125.00");
        await page.Locator("#charge-rows input[name=charge]").PressAsync("Tab");
        await Assertions.Expect(page.Locator("#scrub-results li.finding[data-rule^='draft.']")).ToHaveCountAsync(0);

        // Replace the first with its category header through the encoder: the scrubber objects.
        var firstCode = (await first.Locator("button.code").InnerTextAsync()).Trim();
        var category = firstCode.Split('.')[0];
        await first.FocusAsync();
        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(page.Locator("#encoder-q")).ToBeFocusedAsync();
        await page.Locator("#encoder-q").FillAsync(category);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator($"#encoder-results button.hit[data-code='{category}']").ClickAsync();
        await Assertions.Expect(page.Locator("#encoder-detail h3")).ToContainTextAsync(category);
        await Assertions.Expect(page.Locator("#encoder-detail .hierarchy li").First).ToBeVisibleAsync();
        await page.Locator($"#encoder-detail button[data-use='{category}']").ClickAsync();
        await Assertions.Expect(first).ToHaveAttributeAsync("data-state", "changed");
        var finding = page.Locator("#scrub-results li.finding", new() { HasText = category + " is a category" });
        await Assertions.Expect(finding).ToHaveCountAsync(1);
        await session.CheckScreenAsync("coding-scrub-finding");

        // Fix it with the billable code: the finding goes away.
        await first.FocusAsync();
        await page.Keyboard.PressAsync("r");
        await page.Locator("#encoder-q").FillAsync(firstCode);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#encoder-results button.hit").First.ClickAsync();
        await page.Locator("#encoder-detail button[data-use]").ClickAsync();
        await Assertions.Expect(first).ToHaveAttributeAsync("data-state", "accepted");
        await Assertions.Expect(finding).ToHaveCountAsync(0);

        // Sequence by key: move the second diagnosis up.
        if (diagnosisCount > 1)
        {
            var second = (await page.Locator("#final-dx li .code").Nth(1).InnerTextAsync()).Trim();
            await page.Locator("#final-dx li").Nth(1).FocusAsync();
            await page.Keyboard.PressAsync("Alt+ArrowUp");
            await Assertions.Expect(page.Locator("#final-dx li .code").First).ToHaveTextAsync(second);
        }

        // Save.
        await page.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Saved");
        await session.ScreenshotAsync("coding-saved");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var saved = await db.Encounters.AsNoTracking().Include(e => e.Diagnoses).Include(e => e.Charges).SingleAsync(e => e.Id == host.Data.UncodedEncounterId, Ct);
        Assert.Equal(diagnosisCount, saved.Diagnoses.Count);
        Assert.Contains(saved.Diagnoses, d => d.Code.Value == firstCode.Replace(".", "", StringComparison.Ordinal));
        Assert.Single(saved.Charges);
        Assert.Equal(125.00m, saved.Charges[0].Charge.Amount);
        var decisions = await db.CodingDecisions.AsNoTracking().Where(d => d.Coder == ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder)).ToListAsync(Ct);
        Assert.True(decisions.Count >= diagnosisCount, "each decided suggestion is recorded");
        var chart = await db.CodedCharts.AsNoTracking().SingleAsync(c => c.EncounterId == host.Data.UncodedEncounterId, Ct);
        Assert.Equal(ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder), chart.Coder);
        Assert.False(string.IsNullOrEmpty(chart.Codes));
        Assert.NotNull(chart.DocumentArrivedAt);
    }

    [Fact]
    public async Task Claim_BuildScrubMarkReadyExport837AndDownloadTheCms1500()
    {
        host.SkipIfUnavailable();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Biller, "claim");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);

        // The coded encounter's claim is built from its coding screen.
        await page.GotoAsync($"/coding/{host.Data.CodedEncounterId}");
        await page.Locator("#build-claim").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/claims/[0-9a-f-]{36}$"), Slow);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Draft");
        await session.CheckScreenAsync("claim-draft");

        await page.Keyboard.PressAsync("s");
        await Assertions.Expect(page.Locator("#bulk-status")).ToContainTextAsync("Scrubbed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark ready" }).ClickAsync();
        await Assertions.Expect(page.Locator("#bulk-status")).ToContainTextAsync("marked ready");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ready", new() { Timeout = 30_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Export as 837P" }).ClickAsync();
        var link = page.Locator("#download-837");
        await Assertions.Expect(link).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var x12 = await File.ReadAllTextAsync((await download.PathAsync())!, Ct);
        Assert.StartsWith("ISA", x12, StringComparison.Ordinal);
        Assert.Contains("CLM*", x12, StringComparison.Ordinal);
        await session.ScreenshotAsync("claim-exported");

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.Locator("#cms1500").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await pdf.PathAsync())!, Ct);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));

        // The list finds it by status and payer; the history shows the way it went.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("table[aria-label='Status history'] tbody tr")).ToHaveCountAsync(3);
        await page.GotoAsync("/claims?status=Submitted");
        await Assertions.Expect(page.Locator("table[aria-label='Claims'] tbody tr")).ToHaveCountAsync(1);
        await session.CheckScreenAsync("claims-list");
        await page.GotoAsync("/claims?min=1000");
        await Assertions.Expect(page.Locator("table[aria-label='Claims']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EveryScreen_PassesAxe_WithoutSeriousOrCriticalViolations()
    {
        host.SkipIfUnavailable();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Admin, "screens");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);
        foreach (var (path, name) in new[]
        {
            ("/coding", "queue"), ("/claims", "claims"), ("/patients", "patients"), ($"/patients/{host.Data.PatientId}", "patient"),
            ($"/coding/{host.Data.CodedEncounterId}", "coding-coded"), ("/audit", "audit"), ("/admin/users", "users"), ("/denied?path=/x", "denied"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await session.CheckScreenAsync(name);
        }

        // The audit log shows the workbench's own reads of patient data.
        await page.GotoAsync("/audit?action=workbench.patient");
        await Assertions.Expect(page.Locator("table[aria-label='Audit entries'] tbody tr").First).ToContainTextAsync("workbench.patient");
    }

    [Fact]
    public async Task WorkingOrganization_NarrowsWhatTheListsShow()
    {
        host.SkipIfUnavailable();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            if (!await db.Organizations.AnyAsync(o => o.Name == "Birch Pediatrics", Ct))
            {
                db.Organizations.Add(new Organization { Name = "Birch Pediatrics", TaxId = "331445555", Npi = Npi.Parse("300000001" + Npi.ComputeCheckDigit("300000001")), Address = new Address { Line1 = "1 Elm", City = "Testville", State = "OH", PostalCode = "43210" } });
                await db.SaveChangesAsync(Ct);
            }
        }

        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Coder, "organization");
        var page = session.Page;
        await page.GotoAsync("/coding?status=all");
        var before = await page.Locator("table[aria-label='Encounters waiting to be coded'] tbody tr").CountAsync();
        Assert.True(before > 0);
        await page.GetByLabel("Working for").SelectOptionAsync(new SelectOptionValue { Label = "Birch Pediatrics" });
        await Assertions.Expect(page.GetByLabel("Working for")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("[0-9a-f-]{36}"));
        await Assertions.Expect(page.Locator("table[aria-label='Encounters waiting to be coded']")).ToHaveCountAsync(0);
        await session.CheckScreenAsync("organization-switched");
        await page.GetByLabel("Working for").SelectOptionAsync(new SelectOptionValue { Label = "All my organizations" });
        await Assertions.Expect(page.Locator("table[aria-label='Encounters waiting to be coded'] tbody tr")).ToHaveCountAsync(before);
    }
}
