using System.Text;
using System.Text.RegularExpressions;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Tests.Remittance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>
/// The remittance screens and the billing parts of the patient screen in a real browser: upload an
/// 835 for seeded submitted claims, read the preview (balanced, patient share with reasons), post
/// it and follow the progress, see the claim paid with its ledger entries; an unmatched claim
/// waits in the exceptions queue and is posted by hand; the patient screen shows the latest
/// eligibility per coverage and the statements. Every screen gets a screenshot and axe.
/// </summary>
public sealed class RemittanceBrowserTests(WorkbenchHost host) : IClassFixture<WorkbenchHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 30_000 };

    private async Task<Claim> SeedClaimAsync(string last, string first)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await RemittanceSeed.SubmittedClaimAsync(scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>(), TimeProvider.System, last, first, Ct);
    }

    private static async Task<string> WriteAsync(byte[] content, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "claimsmith-remit-" + Guid.NewGuid().ToString("N")[..8] + "-" + name);
        await File.WriteAllBytesAsync(path, content, Ct);
        return path;
    }

    private static async Task UploadAsync(IPage page, string path)
    {
        await page.GotoAsync("/remittance");
        await page.GetByLabel(new Regex("^835 file")).SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator("#remit-status")).ToContainTextAsync("Preview ready", Slow);
    }

    [Fact]
    public async Task Upload_PreviewBalances_Post_ClaimPaidWithItsLedger_ThenAnUnmatchedClaimIsResolvedByHand()
    {
        host.SkipIfUnavailable();
        var paid = await SeedClaimAsync("Lark", "Tove");
        var unmatched = await SeedClaimAsync("Wren", "Odile");
        var trace = RemittanceSeed.Trace();
        var first = await WriteAsync(RemittanceSeed.File(trace, RemittanceSeed.PartialPayment(paid)), "first.835");
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Biller, "remittance");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);

        // The list, reached by its key from another screen.
        await page.GotoAsync("/claims");
        await page.Keyboard.PressAsync("g");
        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Remittance");
        await session.CheckScreenAsync("remittance-list-empty");

        // Preview: matched claim and patient, the patient's share with its reasons, balanced at every level.
        await UploadAsync(page, first);
        var row = page.Locator($"tr[data-claim='{paid.ClaimNumber}']");
        await Assertions.Expect(row).ToContainTextAsync("Lark, Tove");
        await Assertions.Expect(row).ToContainTextAsync("$150.00");
        await Assertions.Expect(row).ToContainTextAsync("PR-1 $100.00");
        await Assertions.Expect(row).ToContainTextAsync("Would post: claim becomes Paid");
        await Assertions.Expect(page.Locator("p.balance")).ToHaveAttributeAsync("data-balance", "yes");
        await Assertions.Expect(page.Locator("p.balance")).ToContainTextAsync("balances.");
        await Assertions.Expect(page.Locator("#remit-preview")).ToContainTextAsync("Every claim balances at line and claim level.");
        await session.CheckScreenAsync("remittance-preview");

        // Post: the status region follows the job to its end.
        await page.Locator("#remit-post").ClickAsync();
        await Assertions.Expect(page.Locator("#remit-status")).ToContainTextAsync("1 of 1 claims", Slow);
        await Assertions.Expect(page.Locator("#remit-status")).ToContainTextAsync("1 claim payment(s) posted", Slow);
        await session.ScreenshotAsync("remittance-posted");
        await page.Locator("#remit-status a.posted-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(trace);
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("balances.");
        await Assertions.Expect(page.Locator($"table[aria-label='Ledger entries of claim {paid.ClaimNumber}'] tbody tr").First).ToBeVisibleAsync();
        await session.CheckScreenAsync("remittance-detail");

        // The claim is paid and its ledger shows the payment with the check number and the patient's share.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Claim {paid.ClaimNumber}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Paid");
        var ledger = page.Locator("table[aria-label='Ledger entries']");
        await Assertions.Expect(ledger.Locator("tbody tr", new() { HasText = "Payment" }).First).ToContainTextAsync(trace);
        await Assertions.Expect(ledger.Locator("tbody tr", new() { HasText = "Patient" }).First).ToBeVisibleAsync();

        // The list shows it with its amount and status.
        await page.GotoAsync("/remittance");
        var listed = page.Locator("table[aria-label='Remittances received'] tbody tr", new() { HasText = trace });
        await Assertions.Expect(listed).ToContainTextAsync("Posted");
        await Assertions.Expect(listed).ToContainTextAsync("$140.00");
        await session.CheckScreenAsync("remittance-list");

        // A payment for a claim number we do not have: previewed as an exception, posted, then left while it runs.
        var wrongNumber = "ZZ" + unmatched.ClaimNumber;
        var second = await WriteAsync(RemittanceSeed.File(RemittanceSeed.Trace(), RemittanceSeed.PartialPayment(unmatched, wrongNumber)), "second.835");
        await UploadAsync(page, second);
        await Assertions.Expect(page.Locator($"tr[data-claim='{wrongNumber}']")).ToContainTextAsync("no such claim");
        await Assertions.Expect(page.Locator($"tr[data-claim='{wrongNumber}']")).ToContainTextAsync("exceptions queue");
        await page.Locator("#remit-post").ClickAsync();
        await Assertions.Expect(page.Locator("#remit-status")).ToContainTextAsync("claims", Slow);
        await page.GotoAsync("/claims");
        await page.GotoAsync("/remittance");
        await Assertions.Expect(page.Locator("#remit-jobs tr", new() { HasText = "second.835" })).ToContainTextAsync("waiting in the exceptions queue", Slow);

        await page.GotoAsync("/remittance/exceptions");
        var waiting = page.Locator("table[aria-label='Claim payments waiting'] tbody tr", new() { HasText = wrongNumber });
        await Assertions.Expect(waiting).ToContainTextAsync("No claim has this number");
        await session.CheckScreenAsync("remittance-exceptions");
        await waiting.GetByLabel("Claim number").FillAsync(unmatched.ClaimNumber);
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Post to this claim" }).ClickAsync();
        await Assertions.Expect(page.Locator("#remit-status")).ToContainTextAsync($"posted to claim {unmatched.ClaimNumber}");
        await Assertions.Expect(waiting).ToContainTextAsync("Open the claim");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.Equal(ClaimStatus.Paid, (await db.Claims.AsNoTracking().SingleAsync(c => c.Id == unmatched.Id, Ct)).Status);
        Assert.Equal(ClaimStatus.Paid, (await db.Claims.AsNoTracking().SingleAsync(c => c.Id == paid.Id, Ct)).Status);
    }

    [Fact]
    public async Task PatientScreen_ShowsEligibilityPerCoverage_AndStatements()
    {
        host.SkipIfUnavailable();
        var claim = await SeedClaimAsync("Fenn", "Ada");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // A posted remittance leaves the patient owing $150; the statement run sends a statement.
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            await new Claimsmith.Data.Remittance.RemittancePostingService(db, TimeProvider.System)
                .PostFileAsync(RemittanceSeed.File(RemittanceSeed.Trace(), RemittanceSeed.PartialPayment(claim)), "biller@claimsmith.test", cancellationToken: Ct);
            var sent = await db.RunStatementsAsync(new StatementRunOptions
            {
                OrganizationId = claim.OrganizationId,
                StatementDate = DateOnly.FromDateTime(DateTime.UtcNow),
                Actor = "biller@claimsmith.test",
            }, TimeProvider.System, Ct);
            Assert.Single(sent);
        }

        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Biller, "patient-billing");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync($"/patients/{claim.PatientId}");
        var eligibility = page.Locator("table[aria-label='Latest eligibility per coverage'] tbody tr").First;
        await Assertions.Expect(eligibility).ToContainTextAsync("never checked");
        await Assertions.Expect(page.Locator("#no-clearinghouse")).ToContainTextAsync("No clearinghouse connection is configured");

        // Checking builds the 270; with no clearinghouse the screen says it was not sent.
        await eligibility.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.Locator("#patient-billing-status")).ToContainTextAsync("No clearinghouse connection is configured, so the 270 was built and kept but not sent");
        await Assertions.Expect(page.Locator("#download-270")).ToBeVisibleAsync();

        // The payer's 271 comes back: the latest result is shown in words.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var check = await db.EligibilityChecks.AsNoTracking().SingleAsync(c => c.PatientId == claim.PatientId, Ct);
            var member = (await db.Coverages.AsNoTracking().SingleAsync(c => c.Id == check.CoverageId, Ct)).MemberId;
            var response = Encoding.ASCII.GetBytes(
                "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260210*0900*^*00501*000000777*0*T*:~" +
                "GS*HB*DEMOCH*CLAIMSMITH01*20260210*0900*777*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*X*20260210*0900~" +
                "HL*1**20*1~NM1*PR*2*SYNTHETIC MUTUAL*****PI*SYN01~HL*2*1*21*1~NM1*1P*2*HERON*****XX*1234500006~" +
                $"HL*3*2*22*0~NM1*IL*1*FENN*ADA****MI*{member}~TRN*2*{check.TraceNumber}*1987654321~" +
                "EB*1*IND*30**SILVER~EB*C*IND*30***23*2000*****Y~EB*C*IND*30***29*500*****Y~EB*B**98***27*20*****Y~" +
                "SE*14*0001~GE*1*777~IEA*1*000000777~");
            var recorded = await EligibilityChecks.RecordResponseAsync(db, response, check.Id, TimeProvider.System, Ct);
            Assert.Empty(recorded.Issues);
        }

        await page.ReloadAsync();
        await Assertions.Expect(eligibility).ToContainTextAsync("Active, plan SILVER");
        await Assertions.Expect(eligibility).ToContainTextAsync("deductible $2,000.00");
        await Assertions.Expect(eligibility).ToContainTextAsync("copay $20.00");

        // Statements: the one sent, with its PDF.
        var statement = page.Locator("table[aria-label='Statements sent'] tbody tr").First;
        await Assertions.Expect(statement).ToContainTextAsync("$150.00");
        var href = await statement.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        var pdf = await page.APIRequest.GetAsync(href!);
        Assert.True(pdf.Ok, $"{href}: {pdf.Status}");
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
        await Assertions.Expect(page.Locator("#current-statement")).ToBeVisibleAsync();
        await session.CheckScreenAsync("patient-billing");

        // The patient page still writes its audit entry.
        await using var check2 = host.Services.CreateAsyncScope();
        var read = check2.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.True(await read.AuditEntries.AnyAsync(e => e.Action == "workbench.patient.read" && e.RecordIds!.Contains(claim.PatientId.ToString()), Ct));
    }

    [Fact]
    public async Task Auditor_ReadsTheRemittanceScreens_WithoutTheUpload()
    {
        host.SkipIfUnavailable();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Auditor, "remittance-auditor");
        var page = session.Page;
        await page.GotoAsync("/remittance");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Remittance");
        await Assertions.Expect(page.Locator("#remit-upload")).ToHaveCountAsync(0);
        await page.GotoAsync("/remittance/exceptions");
        await Assertions.Expect(page.Locator("form.resolve")).ToHaveCountAsync(0);
        await session.CheckScreenAsync("remittance-exceptions-auditor");

        // A coder has no remittance screen, nor its link.
        await using var coder = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Coder, "remittance-coder");
        await coder.Page.GotoAsync("/claims");
        await Assertions.Expect(coder.Page.GetByRole(AriaRole.Link, new() { Name = "Remittance" })).ToHaveCountAsync(0);
        await coder.Page.GotoAsync("/remittance");
        Assert.Contains("/denied", coder.Page.Url, StringComparison.Ordinal);
    }
}
