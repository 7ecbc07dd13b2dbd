using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Security;
using Claimsmith.Web.Tests.Settings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>The browser host with the synthetic payer rules file configured for the scrubber.</summary>
public sealed class SettingsWorkbenchHost : WorkbenchHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PayerRulesFixture.Configure(builder);
    }
}

/// <summary>
/// The settings screens in a real browser: an admin changes a payer's appeal window and sees it
/// saved (and a stale edit refused in words), adds a contract rate and fee schedule rows, sees
/// validation problems worded, imports a CSV with a bad line, and reads the payer rules. Billers
/// see no Settings link and are refused. Screenshot and axe on every screen.
/// </summary>
public sealed class SettingsBrowserTests(SettingsWorkbenchHost host) : IClassFixture<SettingsWorkbenchHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 15_000 };

    private async Task<Payer> SeedPayerAsync(string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        db.OrganizationScope = OrganizationScope.Unrestricted;
        var payer = new Payer { Name = name, PayerIdentifier = "SB" + Guid.NewGuid().ToString("N")[..6], TimelyFilingDays = 180 };
        db.Payers.Add(payer);
        await db.SaveChangesAsync(Ct);
        return payer;
    }

    private async Task<T> WithDbAsync<T>(Func<ClaimsmithDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        db.OrganizationScope = OrganizationScope.Unrestricted;
        return await work(db);
    }

    [Fact]
    public async Task Admin_EditsAPayer_AndItsContractRates_AndAStaleEditIsWorded()
    {
        host.SkipIfUnavailable();
        var payer = await SeedPayerAsync("Bramble Health Plan");
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Admin, "settings-payers");
        var page = session.Page;

        // From the main navigation to the settings home and its sections.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Settings");
        await session.CheckScreenAsync("settings");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Payers", Exact = true }).First.ClickAsync();
        var row = page.Locator("#payer-" + payer.Id);
        await Assertions.Expect(row).ToContainTextAsync("Bramble Health Plan");
        await Assertions.Expect(row).ToContainTextAsync("180 (default)");
        await session.CheckScreenAsync("settings-payers");

        // The appeal window: saved, shown again after a reload, and in the database.
        await row.GetByRole(AriaRole.Link, new() { Name = "Bramble Health Plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Payer Bramble Health Plan");
        var window = page.Locator("#payer-form input[name=appealWindowDays]");
        await window.FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the payer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#payer-status")).ToHaveTextAsync("Saved.", new() { Timeout = 15_000 });
        await page.ReloadAsync();
        await Assertions.Expect(window).ToHaveValueAsync("45");
        Assert.Equal(45, await WithDbAsync(db => db.Payers.Where(p => p.Id == payer.Id).Select(p => p.AppealWindowDays).SingleAsync(Ct)));
        await session.CheckScreenAsync("settings-payer");

        // An out-of-range window is worded with its field.
        await window.FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the payer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#payer-status")).ToContainTextAsync("appealWindowDays: Between 1 and 3650 days", Slow);

        // Someone else saves the payer meanwhile: the edit is refused in words, not overwritten.
        await WithDbAsync(async db =>
        {
            var stored = await db.Payers.SingleAsync(p => p.Id == payer.Id, Ct);
            stored.TimelyFilingDays = 200;
            return await db.SaveChangesAsync(Ct);
        });
        await window.FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the payer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#payer-status")).ToContainTextAsync("someone else changed this record", Slow);
        Assert.Equal(45, await WithDbAsync(db => db.Payers.Where(p => p.Id == payer.Id).Select(p => p.AppealWindowDays).SingleAsync(Ct)));

        // A contract rate: added, listed after the reload, with a problem worded for a bad amount.
        await page.ReloadAsync();
        await page.Locator("input[name=procedureCode]").Last.FillAsync("99213");
        await page.Locator("input[name=allowed]").Last.FillAsync("12.345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the rate" }).ClickAsync();
        await Assertions.Expect(page.Locator("#add-rate-status")).ToContainTextAsync("allowed: A non-negative amount", Slow);
        await page.Locator("input[name=allowed]").Last.FillAsync("80.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the rate" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rate-list")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#rate-list input[name=allowed]")).ToHaveValueAsync("80.00");
        await session.CheckScreenAsync("settings-payer-rates");
    }

    [Fact]
    public async Task Admin_AddsFeeScheduleRows_SeesProblemsWorded_AndImportsAllOrNothing()
    {
        host.SkipIfUnavailable();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Admin, "settings-fees");
        var page = session.Page;
        await page.GotoAsync("/admin/settings/fee-schedules?code=99396");
        await Assertions.Expect(page.Locator("#no-fees")).ToBeVisibleAsync();
        await session.CheckScreenAsync("settings-fees-empty");

        var add = page.Locator("#add-fee");
        async Task AddAsync(string code, string amount, string from, string to = "")
        {
            await add.Locator("input[name=procedureCode]").FillAsync(code);
            await add.Locator("input[name=amount]").FillAsync(amount);
            await add.Locator("input[name=effectiveFrom]").FillAsync(from);
            await add.Locator("input[name=effectiveTo]").FillAsync(to);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the charge" }).ClickAsync();
        }

        // A period that ends before it starts and fractions of a cent: each worded with its field.
        await AddAsync("99396", "12.345", "2026-03-01", "2026-02-01");
        var status = page.Locator("#add-fee-status");
        await Assertions.Expect(status).ToContainTextAsync("amount: At most two decimals", Slow);
        await Assertions.Expect(status).ToContainTextAsync("effectiveTo: The last day (2026-02-01) is before the first (2026-03-01)");
        await session.CheckScreenAsync("settings-fees-problem");

        await AddAsync("99396", "210.00", "2026-01-01");
        await Assertions.Expect(page.Locator("#fee-list")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#fee-list input[name=amount]")).ToHaveValueAsync("210.00");
        Assert.Equal(Money.Of(210m), await WithDbAsync(db => db.FeeScheduleEntries.Where(f => f.ProcedureCode == ProcedureCode.Parse("99396")).Select(f => f.Amount).SingleAsync(Ct)));
        await session.CheckScreenAsync("settings-fees");

        // The same code over the same dates: refused, saying what it overlaps.
        await AddAsync("99396", "220.00", "2026-06-01");
        await Assertions.Expect(status).ToContainTextAsync("overlaps another fee schedule row", Slow);

        // A CSV with a bad line: nothing imported, the line and column named.
        await page.Locator("#import-text").FillAsync("99397,,180.00,2026-01-01,\n99398,,abc,2026-01-01,\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-problems")).ToContainTextAsync("line 2, column 3 (amount): 'abc' is not an amount", Slow);
        Assert.False(await WithDbAsync(db => db.FeeScheduleEntries.AnyAsync(f => f.ProcedureCode == ProcedureCode.Parse("99397"), Ct)));
        await session.CheckScreenAsync("settings-fees-import-problem");

        await page.Locator("#import-text").FillAsync("99397,,180.00,2026-01-01,\n99398,,95.50,2026-01-01,\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-status")).ToContainTextAsync("2 row(s) imported", Slow);
        await page.GotoAsync("/admin/settings/fee-schedules?code=99398");
        await Assertions.Expect(page.Locator("#fee-list input[name=amount]")).ToHaveValueAsync("95.50");
    }

    [Fact]
    public async Task Admin_ReadsThePayerRules_InWords()
    {
        host.SkipIfUnavailable();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Admin, "settings-rules");
        var page = session.Page;
        await page.GotoAsync("/admin/settings/payer-rules");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Payer ID SETR1");
        await Assertions.Expect(main).ToContainTextAsync("For procedure code 97110-97546: the claim stops unless the line has modifier GP.");
        await Assertions.Expect(main).ToContainTextAsync("Every payer");
        await Assertions.Expect(main).ToContainTextAsync("Claimsmith:Scrubber:PayerRules");
        await Assertions.Expect(main).ToContainTextAsync("appsettings.json");
        await Assertions.Expect(page.Locator("#rules-file")).ToContainTextAsync("payer-rules.json");
        await Assertions.Expect(page.Locator("#rule-problems")).ToContainTextAsync("SETR-BROKEN");
        await session.CheckScreenAsync("settings-payer-rules");
    }

    [Fact]
    public async Task Biller_SeesNoSettingsLink_AndIsRefused()
    {
        host.SkipIfUnavailable();
        await using var biller = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Biller, "settings-biller");
        var page = biller.Page;
        await page.GotoAsync("/claims");
        await Assertions.Expect(page.Locator("nav[aria-label='Main']")).Not.ToContainTextAsync("Settings");
        foreach (var url in new[] { "/admin/settings", "/admin/settings/payers", "/admin/settings/fee-schedules", "/admin/settings/payer-rules" })
        {
            await page.GotoAsync(url);
            Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
        }
    }
}
