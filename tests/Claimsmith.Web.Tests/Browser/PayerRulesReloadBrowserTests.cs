using Claimsmith.Data;
using Claimsmith.Web.Claims;
using Claimsmith.Web.Tests.Settings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>The browser host with a payer rules file of its own, which its test rewrites and reloads.</summary>
public sealed class PayerRulesReloadWorkbenchHost : WorkbenchHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PayerRulesFixture.Configure(builder);
    }
}

/// <summary>
/// Reloading the payer rules from the settings screen in a real browser: a broken file is refused
/// with its problem and line in words and the rules shown stay; the corrected file is reloaded,
/// the outcome says how many payers and rules are in force, and the list shows the new rule.
/// Screenshot and axe on both outcomes.
/// </summary>
public sealed class PayerRulesReloadBrowserTests(PayerRulesReloadWorkbenchHost host) : IClassFixture<PayerRulesReloadWorkbenchHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 15_000 };

    private const string Corrected = """
        {
          "payers": [ { "payerId": "SETR1", "name": "Rules Mutual", "timelyFilingDays": 90 } ],
          "rules": [
            { "id": "SETR-PT-GP", "payers": ["SETR1"], "codes": ["97110-97546"], "action": "require-modifier", "modifier": "GP",
              "message": "Therapy services need GP", "source": "Rules Mutual therapy policy 2026" },
            { "id": "SETR-AUTH-MRI", "payers": ["SETR1"], "codes": ["70551-70553"], "action": "require-authorization",
              "message": "Brain MRI needs a prior authorization number" }
          ]
        }
        """;

    [Fact]
    public async Task Admin_ReloadsTheRulesFile_AndSeesTheOutcomeInWords()
    {
        host.SkipIfUnavailable();
        var file = host.Services.GetRequiredService<IConfiguration>()[ClaimScrubService.PayerRulesKey]!;
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Admin, "settings-rules-reload");
        var page = session.Page;
        await page.GotoAsync("/admin/settings/payer-rules");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Reload rules from file");
        await Assertions.Expect(main).Not.ToContainTextAsync("restart the host");
        await Assertions.Expect(page.Locator("#rules-counts")).ToHaveTextAsync("1 payer, 2 rules");
        await Assertions.Expect(page.Locator("#rule-problems")).ToContainTextAsync("SETR-BROKEN");
        var reload = page.GetByRole(AriaRole.Button, new() { Name = "Reload rules from file" });
        var status = page.Locator("#reload-status");

        // A file with a JSON mistake on line 7 (a comma missing at the end of line 6): refused in words with the line, the rules shown stay.
        await File.WriteAllTextAsync(file, Corrected.Replace("\"require-authorization\",", "\"require-authorization\"", StringComparison.Ordinal), Ct);
        await reload.ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Not reloaded. The payer rules file was refused: 1 problem(s). The rules in force are unchanged (1 payer, 2 rules).", Slow);
        await Assertions.Expect(page.Locator("#reload-problems")).ToContainTextAsync("payer-rules.json, line 7:");
        await Assertions.Expect(page.Locator("#reload-problems")).ToContainTextAsync("(rules.json-invalid)");
        await Assertions.Expect(main).Not.ToContainTextAsync("SETR-AUTH-MRI");
        await session.CheckScreenAsync("settings-payer-rules-refused");

        // The corrected file: reloaded, counted, and the new rule listed in words; the old problem is gone.
        await File.WriteAllTextAsync(file, Corrected, Ct);
        await reload.ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("Reloaded: 1 payer, 2 rules in force (before: 1 payer, 2 rules); added SETR-AUTH-MRI; removed ALL-J0696-UNITS.", Slow);
        await Assertions.Expect(page.Locator("#reload-problems")).ToBeEmptyAsync();
        await Assertions.Expect(main).ToContainTextAsync("For procedure code 70551-70553: the claim stops unless it carries a prior authorization number.");
        await Assertions.Expect(page.Locator("#rule-problems")).ToHaveCountAsync(0);
        await session.CheckScreenAsync("settings-payer-rules-reloaded");

        // What the screen shows is what the scrubber runs, also after the page is opened again.
        Assert.Contains("SETR-AUTH-MRI", host.Services.GetRequiredService<ClaimScrubService>().PayerRules.Rules.Rules.Select(r => r.Id));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#rules-counts")).ToHaveTextAsync("1 payer, 2 rules");
        await Assertions.Expect(main).ToContainTextAsync("SETR-AUTH-MRI");
    }
}
