using System.Text.Json;
using System.Text.RegularExpressions;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Tests.Denials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>
/// The denial screens in a real browser, on a denial produced by posting a synthetic 835: the
/// queue with the reason in words, amount, deadline and action; one denial with its 835 and
/// history; an appeal with its letter (HTML preview, PDF download), filing and decision; a
/// corrected claim (frequency 7) landing on its claim page. Screenshot and axe on every screen.
/// </summary>
public sealed partial class DenialsBrowserTests(WorkbenchHost host) : IClassFixture<WorkbenchHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly PageAssertionsToHaveURLOptions Slow = new() { Timeout = 30_000 };

    [GeneratedRegex(@"/appeals/[0-9a-f-]{36}$")]
    private static partial Regex AppealUrl();

    [GeneratedRegex(@"/claims/[0-9a-f-]{36}$")]
    private static partial Regex ClaimUrl();

    [Fact]
    public async Task Denial_FromThe835_ToAppealLetterPdf_AndCorrectedClaim()
    {
        host.SkipIfUnavailable();
        // Window 30 days, paid 20 days ago: the deadline is 10 days away and shows as near.
        var seed = await DeniedClaimSeed.CreateAsync(host.Services, "br1", appealWindowDays: 30, daysAgo: 20, Ct);
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Biller, "denials");
        var page = session.Page;

        // The queue: reason in words, amount at stake, deadline with days left, recommended action.
        await page.GotoAsync("/denials?payer=" + seed.PayerId);
        var row = page.Locator("#denial-" + seed.WorkItemId);
        await Assertions.Expect(row).ToContainTextAsync(seed.ClaimNumber);
        await Assertions.Expect(row).ToContainTextAsync("Thorn, Ivy");
        await Assertions.Expect(row).ToContainTextAsync("Authorization: prior authorization, precertification or referral absent or exceeded");
        await Assertions.Expect(row).ToContainTextAsync("CO-197");
        await Assertions.Expect(row).ToContainTextAsync("contractual obligation");
        await Assertions.Expect(row).ToContainTextAsync("N54");
        await Assertions.Expect(row).ToContainTextAsync("$150.00");
        await Assertions.Expect(row).ToContainTextAsync(seed.RemittanceDate.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " (10 days left)");
        await Assertions.Expect(row.Locator("td.deadline.near")).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Find the authorization or referral number");
        await session.CheckScreenAsync("denial-queue");

        // Filters narrow: another category leaves it out.
        await page.GotoAsync("/denials?payer=" + seed.PayerId + "&category=TimelyFiling");
        await Assertions.Expect(page.Locator("#denial-" + seed.WorkItemId)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("No denial matches")).ToBeVisibleAsync();
        await page.GotoAsync("/denials?payer=" + seed.PayerId + "&within=15");
        await Assertions.Expect(page.Locator("#denial-" + seed.WorkItemId)).ToHaveCountAsync(1);

        // Keyboard: j focuses the first row, Enter opens it.
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(row).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync("/denials/" + seed.WorkItemId, Slow);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Denial on claim " + seed.ClaimNumber);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(seed.TraceNumber);
        await Assertions.Expect(page.Locator("tr.denied-line")).ToContainTextAsync("CO-197");
        await session.CheckScreenAsync("denial");

        // Assign to me, then a note; both land in the history.
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
        await Assertions.Expect(page.Locator("#assigned-to")).ToHaveTextAsync(ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller));
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Called the payer: authorization 77A on file.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the note" }).ClickAsync();
        await Assertions.Expect(page.Locator("#denial-history")).ToContainTextAsync("Called the payer: authorization 77A on file.");

        // Appeal: opens the appeal and shows its letter with the blanks to complete.
        await page.Locator("#make-appeal").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AppealUrl(), Slow);
        var appealId = Guid.Parse(page.Url[^36..]);
        var letter = page.Locator("#letter");
        await Assertions.Expect(letter).ToContainTextAsync(seed.ClaimNumber);
        await Assertions.Expect(letter).ToContainTextAsync("CO-197");
        await Assertions.Expect(letter).ToContainTextAsync("authorization number");
        await Assertions.Expect(page.Locator("#missing-fields")).ToContainTextAsync("documents enclosed");
        await Assertions.Expect(page.Locator("mark.blank").First).ToBeVisibleAsync();
        await session.CheckScreenAsync("appeal");

        // Completing the enclosures and the reason rebuilds the letter without that blank.
        await page.GetByLabel("Enclosures, one per line").FillAsync("Visit note of 03/09/2026\nAuthorization 77A");
        await page.GetByLabel("Why the claim should be paid (your words; added as a paragraph)").FillAsync("Authorization 77A was issued before the visit.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and rebuild the letter" }).ClickAsync();
        await Assertions.Expect(letter).ToContainTextAsync("Authorization 77A was issued before the visit.", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#missing-fields")).Not.ToContainTextAsync("documents enclosed");

        // The PDF: a real PDF; the letter's text (as the API gives it) names the claim and the reason.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#letter-pdf").ClickAsync());
        var pdfPath = await download.PathAsync();
        var head = new byte[5];
        await using (var pdf = File.OpenRead(pdfPath))
        {
            Assert.Equal(5, await pdf.ReadAsync(head, Ct));
        }

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
        var json = await page.APIRequest.GetAsync("/api/appeals/" + appealId + "/letter");
        Assert.Equal(200, json.Status);
        using var doc = JsonDocument.Parse(await json.TextAsync());
        var paragraphs = string.Join("\n", doc.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains(seed.ClaimNumber, paragraphs, StringComparison.Ordinal);
        Assert.Contains("CO-197", paragraphs, StringComparison.Ordinal);
        Assert.Contains("authorization", paragraphs, StringComparison.OrdinalIgnoreCase);

        // Filed, then the decision.
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark filed" }).ClickAsync();
        await Assertions.Expect(page.Locator("#appeal-filed")).Not.ToHaveTextAsync("not yet", new() { Timeout = 15_000 });
        await page.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync("PartiallyWon");
        await page.GetByLabel("Recovered ($)").FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(page.Locator("#appeal-decision")).ToContainTextAsync("PartiallyWon", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#appeal-decision")).ToContainTextAsync("$90.00");

        // The appeals list shows it with its deadline and status.
        await page.GotoAsync("/appeals?outcome=all");
        await Assertions.Expect(page.Locator("#appeal-list")).ToContainTextAsync(seed.ClaimNumber);
        await Assertions.Expect(page.Locator("#appeal-list")).ToContainTextAsync("PartiallyWon");
        await session.CheckScreenAsync("appeals");

        // Corrected claim: frequency 7, linked to the original, opened on its claim page.
        await page.GotoAsync("/denials/" + seed.WorkItemId);
        await Assertions.Expect(page.Locator(".appeal-links")).ToContainTextAsync("Level 1 appeal");
        await page.Locator("#make-corrected").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ClaimUrl(), Slow);
        Assert.DoesNotContain(seed.ClaimId.ToString(), page.Url, StringComparison.Ordinal);
        var facts = page.Locator("dl.facts");
        await Assertions.Expect(facts).ToContainTextAsync("frequency 7");
        await Assertions.Expect(facts).ToContainTextAsync("PCN" + seed.ClaimNumber);
        await Assertions.Expect(page.Locator("table[aria-label='Status history']")).ToContainTextAsync("Corrected claim of claim " + seed.ClaimNumber);
        await session.CheckScreenAsync("corrected-claim");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        db.OrganizationScope = Claimsmith.Data.Security.OrganizationScope.Unrestricted;
        var correctedId = Guid.Parse(page.Url[^36..]);
        var corrected = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == correctedId, Ct);
        Assert.Equal(ClaimFrequency.Replacement, corrected.Frequency);
        Assert.Equal("PCN" + seed.ClaimNumber, corrected.OriginalReferenceNumber);
        var history = await db.DenialWorkItemEvents.AsNoTracking().Where(h => h.WorkItemId == seed.WorkItemId).Select(h => h.Text).ToListAsync(Ct);
        Assert.Contains(history, t => t != null && t.Contains("Corrected claim " + corrected.ClaimNumber, StringComparison.Ordinal));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "workbench.denial.read" && e.RecordIds!.Contains(seed.WorkItemId.ToString()), Ct));
    }

    [Fact]
    public async Task Auditor_ReadsTheQueue_WithoutWorkButtons_AndCoderIsRefused()
    {
        host.SkipIfUnavailable();
        var seed = await DeniedClaimSeed.CreateAsync(host.Services, "br2", appealWindowDays: 30, daysAgo: 40, Ct);
        await using (var auditor = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Auditor, "denials-auditor"))
        {
            var page = auditor.Page;
            await page.GotoAsync("/denials?payer=" + seed.PayerId);
            // Paid 40 days ago with a 30-day window: overdue.
            await Assertions.Expect(page.Locator("#denial-" + seed.WorkItemId + " td.deadline.overdue")).ToContainTextAsync("overdue by 10 days");
            await page.GetByRole(AriaRole.Link, new() { Name = seed.ClaimNumber }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(seed.ClaimNumber);
            await Assertions.Expect(page.Locator("#make-appeal")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText("Your role can read denials")).ToBeVisibleAsync();
            await auditor.CheckScreenAsync("denial-read-only");
        }

        await using var coder = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Coder, "denials-coder");
        await coder.Page.GotoAsync("/denials");
        Assert.Contains("/denied", coder.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(coder.Page.Locator("nav[aria-label='Main']")).Not.ToContainTextAsync("Denials");
    }
}
