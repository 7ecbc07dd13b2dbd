using System.Text.RegularExpressions;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>
/// Background jobs in a real browser: a batch scrub started from the claims list (all matching the
/// filter, then the selection) reports "N of N" and how many claims are clean or have errors, and
/// its link filters the list to the claims with findings; batch coding started from the coding
/// queue runs on after the page is left, shows as done on the jobs screen, and the encounter then
/// opens with its suggestions. Every screen state gets a screenshot and axe.
/// </summary>
public sealed class JobsBrowserTests(WorkbenchHost host) : IClassFixture<WorkbenchHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 90_000 };

    [Fact]
    public async Task BatchScrub_FromTheClaimsList_ShowsNOfN_AndItsLinkFiltersToTheClaimsWithFindings()
    {
        host.SkipIfUnavailable();
        Claim clean, bad;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            clean = await JobSeed.DraftClaimAsync(db, TimeProvider.System, "J06.9", Ct, host.Data.OrganizationId);
            bad = await JobSeed.DraftClaimAsync(db, TimeProvider.System, "J06", Ct, host.Data.OrganizationId);
            Assert.Equal(2, await db.Claims.CountAsync(c => c.Status == ClaimStatus.Draft, Ct));
        }

        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Biller, "jobs-scrub");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/claims?status=Draft");
        var section = page.Locator("#scrub-job");
        var status = section.Locator("p.job-progress[role='status']");
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Batch scrub" })).ToBeVisibleAsync();
        await session.CheckScreenAsync("claims-batch-scrub");

        // Nothing selected: the status region says what to do.
        await section.GetByRole(AriaRole.Button, new() { Name = "Scrub selected" }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Select one or more rows first");

        await section.GetByRole(AriaRole.Button, new() { Name = "Scrub all 2 matching the filter" }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Done: 2 of 2 claims handled.", Slow);
        await Assertions.Expect(status).ToContainTextAsync("Scrubbed 2 claim(s):");
        await Assertions.Expect(status).ToContainTextAsync(new Regex(@"\d+ clean, [12] with errors"));
        await session.CheckScreenAsync("claims-batch-scrub-done");

        // The result's link: the list narrowed to the claims the scrub found something on, with what it found.
        await section.Locator("a.job-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/claims\?scrub=[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#scrub-filter")).ToContainTextAsync("with findings from");
        var badRow = page.Locator($"tr#claim-{bad.Id}");
        await Assertions.Expect(badRow.Locator(".scrub-cell")).ToContainTextAsync("error(s)");
        await Assertions.Expect(page.Locator("table[aria-label='Claims'] tbody tr")).Not.ToHaveCountAsync(0);
        await session.CheckScreenAsync("claims-scrub-findings");

        // The selection: one claim, scrubbed as a job of its own.
        await page.GotoAsync("/claims?status=Draft");
        await page.GetByLabel($"Select claim {clean.ClaimNumber}").CheckAsync();
        await page.Locator("#scrub-job").GetByRole(AriaRole.Button, new() { Name = "Scrub selected" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scrub-job p.job-progress")).ToContainTextAsync("Done: 1 of 1 claims handled.", Slow);

        // Both are on the jobs screen, reachable from the menu.
        await page.GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jobs");
        await Assertions.Expect(page.Locator("#jobs-list tr", new() { HasText = "Scrub all 2 claim(s) matching the filter" }).Locator(".job-state")).ToHaveTextAsync("Done");
        await Assertions.Expect(page.Locator("#jobs-list tr", new() { HasText = "Scrub 1 selected claim(s)" })).ToContainTextAsync("1 of 1");
        await session.CheckScreenAsync("jobs-list");
    }

    [Fact]
    public async Task BatchCoding_FromTheQueue_RunsOnAfterThePageIsLeft_AndTheEncounterOpensWithItsSuggestions()
    {
        host.SkipIfUnavailable();
        Encounter mine;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            mine = await JobSeed.UncodedEncounterAsync(db, Ct, host.Data.OrganizationId, new DateOnly(2026, 1, 5));
        }

        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Coder, "jobs-coding");
        var page = session.Page;
        page.SetDefaultTimeout(90_000); // the first suggestions build the coding engine's vocabulary
        await page.GotoAsync("/coding");
        var section = page.Locator("#coding-job");
        await Assertions.Expect(section).ToContainTextAsync("have notes but no suggestions yet");
        await session.CheckScreenAsync("coding-queue-batch");

        await section.GetByRole(AriaRole.Button, new() { Name = "Suggest codes for waiting encounters" }).ClickAsync();
        await Assertions.Expect(section.Locator("p.job-progress")).ToContainTextAsync(new Regex("of [0-9]+ encounters"));

        // Leave the page: the jobs screen follows the job to its end.
        await page.GotoAsync("/jobs");
        var row = page.Locator("#jobs-list tr", new() { HasText = "Suggest codes for" });
        await Assertions.Expect(row.Locator(".job-state")).ToHaveTextAsync("Done", new() { Timeout = 90_000 });
        await Assertions.Expect(row.Locator(".job-progress")).ToContainTextAsync(new Regex(@"Done: (\d+) of \1 encounters handled\."));
        await session.CheckScreenAsync("jobs-coding-done");

        // Back on the queue the section shows nothing running, and the encounter waits with its suggestions ready.
        await page.GotoAsync("/coding?status=suggested");
        await Assertions.Expect(page.Locator($"table a[href='/coding/{mine.Id}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#coding-job button#suggest-waiting")).ToBeDisabledAsync();
        await session.CheckScreenAsync("coding-queue-suggested");

        await page.GotoAsync($"/coding/{mine.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Suggested codes" })).ToBeVisibleAsync();
        await using var check = host.Services.CreateAsyncScope();
        var read = check.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.Equal(1, await read.SuggestionSets.CountAsync(s => s.EncounterId == mine.Id, Ct)); // opening used the stored set, made no second one
    }
}
