using System.Text;
using System.Text.RegularExpressions;
using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>
/// The freelance screens in a real browser: time captured from the coding screen and entered and
/// corrected by hand, productivity numbers, a quality review of a sample, and an invoice previewed,
/// issued, downloaded and paid. Every screen gets a screenshot and an axe check. Each test seeds its
/// own work in its own month (through the database, as the screens would have recorded it).
/// </summary>
public sealed class FreelanceBrowserTests(WorkbenchHost host) : IClassFixture<WorkbenchHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private async Task SeedAsync(Action<ClaimsmithDbContext> add)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        add(db);
        await db.SaveChangesAsync(Ct);
    }

    private static CodedChart Chart(Guid organizationId, Guid encounterId, string coder, string codes, DateTimeOffset codedAt) => new()
    {
        OrganizationId = organizationId,
        EncounterId = encounterId,
        ChartType = ChartType.Outpatient,
        Level = CodingLevel.Coder,
        Coder = coder,
        Codes = codes,
        DocumentArrivedAt = codedAt.AddHours(-6),
        CodedAt = codedAt,
    };

    [Fact]
    public async Task TimeSheet_CapturesTimeFromTheCodingScreen_AndAddsAndCorrectsAManualEntry()
    {
        host.SkipIfUnavailable();
        var coder = ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder);
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Coder, "freelance-time");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);

        // Work on a coding screen: it reports a heartbeat on opening and an end on leaving.
        await page.GotoAsync($"/coding/{host.Data.UncodedEncounterId}");
        await page.Locator("h1").ClickAsync();
        await page.Mouse.MoveAsync(200, 300);
        await page.WaitForTimeoutAsync(1500);
        await page.Keyboard.PressAsync("g");
        await page.Keyboard.PressAsync("t");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/freelance/time$"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            for (var i = 0; i < 50 && !await db.ActivityEvents.AnyAsync(e => e.User == coder && e.Kind == ActivityEventKind.End, Ct); i++)
            {
                await Task.Delay(200, Ct);
            }

            var events = await db.ActivityEvents.AsNoTracking().Where(e => e.User == coder).OrderBy(e => e.At).ToListAsync(Ct);
            Assert.Contains(events, e => e.Kind == ActivityEventKind.Heartbeat && e.EncounterId == host.Data.UncodedEncounterId && e.Screen == "coding" && e.OrganizationId == host.Data.OrganizationId);
            Assert.Equal(ActivityEventKind.End, events[^1].Kind);
        }

        await page.ReloadAsync();
        var sessions = page.Locator("#time-sessions tbody tr");
        await Assertions.Expect(sessions.First).ToContainTextAsync("coding");
        await Assertions.Expect(sessions.First).ToContainTextAsync("Alder Family Practice");
        await Assertions.Expect(page.Locator("#time-days tbody tr").First).ToContainTextAsync("Alder Family Practice");
        await session.CheckScreenAsync("time-captured");

        // A meeting entered by hand.
        await page.Locator("#add-client").SelectOptionAsync(new SelectOptionValue { Label = "Alder Family Practice" });
        await page.Locator("#add-minutes").FillAsync("45");
        await page.Locator("#add-category").SelectOptionAsync("Meeting");
        await page.Locator("#add-note").FillAsync("Coding team meeting");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add time" }).ClickAsync();
        var entry = page.Locator("#time-entries tbody tr", new() { HasText = "Coding team meeting" });
        await Assertions.Expect(entry).ToContainTextAsync("0:45:00");
        await Assertions.Expect(page.Locator("#week-total")).ToContainTextAsync("0:45:00");

        // Corrected to 30 minutes with a reason: both rows stay, the first struck through.
        await entry.Locator("summary").ClickAsync();
        var form = entry.Locator("form");
        await form.Locator("input[name=minutes]").FillAsync("30");
        await form.Locator("input[name=note]").FillAsync("Meeting ended early");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }).ClickAsync();
        await Assertions.Expect(page.Locator("#time-entries tbody tr.superseded")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#time-entries tbody tr", new() { HasText = "Meeting ended early" })).ToContainTextAsync("0:30:00");
        await Assertions.Expect(page.Locator("#week-total")).ToContainTextAsync("0:30:00");
        await session.CheckScreenAsync("time-corrected");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var entries = await db.TimeEntries.AsNoTracking().Where(e => e.User == coder).OrderBy(e => e.CreatedAt).ToListAsync(Ct);
            Assert.Equal(2, entries.Count);
            Assert.Equal(45, entries[0].Minutes);
            Assert.Equal(entries[0].Id, entries[1].SupersedesId);
            Assert.Equal(30, entries[1].Minutes);
            Assert.Equal(TimeEntryCategory.Meeting, entries[1].Category);
        }
    }

    [Fact]
    public async Task Productivity_ShowsChartsPerHourAcceptanceAndTurnaround()
    {
        host.SkipIfUnavailable();
        var coder = ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller);
        var org = host.Data.OrganizationId;
        // September 2026: 30 minutes of captured work (heartbeats two minutes apart) on two charts, both coded six hours after their note arrived.
        await SeedAsync(db =>
        {
            for (var m = 0; m <= 30; m += 2)
            {
                db.ActivityEvents.Add(new ActivityEvent { OrganizationId = org, User = coder, EncounterId = m < 16 ? host.Data.UncodedEncounterId : host.Data.CodedEncounterId, Screen = "coding", At = At(2026, 9, 14, 9, m) });
            }

            db.CodedCharts.Add(Chart(org, host.Data.UncodedEncounterId, coder, "E1122,I10", At(2026, 9, 14, 9, 15)));
            db.CodedCharts.Add(Chart(org, host.Data.CodedEncounterId, coder, "J069", At(2026, 9, 14, 9, 30)));
        });

        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Biller, "freelance-productivity");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/freelance/productivity?from=2026-09-01&to=2026-09-30");
        var summary = page.Locator("#productivity-summary");
        await Assertions.Expect(summary.Locator("[data-m=charts]")).ToHaveTextAsync("2");
        await Assertions.Expect(summary.Locator("[data-m=hours]")).ToHaveTextAsync("0.50");
        await Assertions.Expect(summary.Locator("[data-m=per-hour]")).ToHaveTextAsync("4.00");
        await Assertions.Expect(summary.Locator("[data-m=turnaround]")).ToContainTextAsync("average 6.00 h");
        await Assertions.Expect(page.Locator("#productivity-types tbody tr")).ToContainTextAsync("Outpatient");
        await Assertions.Expect(page.Locator("#productivity-pairs tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#productivity-pairs tbody tr")).ToContainTextAsync("Alder Family Practice");
        await session.CheckScreenAsync("productivity");

        // A coder sees only their own numbers: asking for another coder changes nothing.
        await page.GotoAsync("/freelance/productivity?from=2026-09-01&to=2026-09-30&coder=someone-else%40claimsmith.test");
        await Assertions.Expect(summary.Locator("[data-m=charts]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByLabel("Coder (email; empty for everyone)")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task QualityReview_SamplesCharts_RecodesThem_AndMeasuresAccuracyAgainstTheStandard()
    {
        host.SkipIfUnavailable();
        const string coder = "quality-coder@claimsmith.test";
        var org = host.Data.OrganizationId;
        await SeedAsync(db =>
        {
            db.CodedCharts.Add(Chart(org, host.Data.UncodedEncounterId, coder, "E1122,I10", At(2026, 7, 6, 10, 0)));
            db.CodedCharts.Add(Chart(org, host.Data.CodedEncounterId, coder, "J069", At(2026, 7, 7, 10, 0)));
        });

        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Auditor, "freelance-quality");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/freelance/quality");
        await session.CheckScreenAsync("quality-list");
        await page.Locator("#rv-coder").SelectOptionAsync(coder);
        await page.Locator("#rv-client").SelectOptionAsync(new SelectOptionValue { Label = "Alder Family Practice" });
        await page.Locator("#rv-from").FillAsync("2026-07-01");
        await page.Locator("#rv-to").FillAsync("2026-07-31");
        await page.Locator("#rv-size").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/freelance/quality/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("form.recode")).ToHaveCountAsync(2);
        await session.CheckScreenAsync("quality-review");

        // The first sampled chart is right as coded.
        var first = page.Locator("form.recode").First;
        foreach (var agree in await first.Locator("input[value=agree]").AllAsync())
        {
            await agree.CheckAsync();
        }

        await first.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.Locator("form.recode")).ToHaveCountAsync(1);

        // On the second the reviewer replaces the coder's first code and agrees with the rest.
        var second = page.Locator("form.recode").First;
        var choices = second.Locator("fieldset.code-choice");
        await choices.First.Locator("input[value=replace]").CheckAsync();
        await choices.First.Locator("input.replacement").FillAsync("Z0000");
        for (var i = 1; i < await choices.CountAsync(); i++)
        {
            await choices.Nth(i).Locator("input[value=agree]").CheckAsync();
        }

        await second.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.Locator("form.recode")).ToHaveCountAsync(0);

        // Three codes were coded; whichever chart was changed, 2 codes agree of 4 reported either side (one missed, one extra), one chart of two is exact.
        await Assertions.Expect(page.Locator("[data-m=code-accuracy]")).ToContainTextAsync("50.0%");
        await Assertions.Expect(page.Locator("[data-m=code-accuracy]")).ToContainTextAsync("below the 95.0% standard");
        await Assertions.Expect(page.Locator("[data-m=chart-accuracy]")).ToContainTextAsync("50.0%");
        await Assertions.Expect(page.Locator("#differences")).ToContainTextAsync("missed Z0000");
        await Assertions.Expect(page.Locator("#per-code tbody tr", new() { HasText = "Z0000" })).ToHaveCountAsync(1);
        await session.CheckScreenAsync("quality-accuracy");
    }

    [Fact]
    public async Task Invoice_PreviewMatchesTheHandComputation_IssueDownloadPayAndReissue()
    {
        host.SkipIfUnavailable();
        var vendor = ClaimsmithWebFactory.Email(ClaimsmithRoles.FreelanceCoder);
        var org = host.Data.OrganizationId;
        var client = new FreelanceClient { OrganizationId = org, VendorUser = vendor, CreatedAt = DateTimeOffset.UtcNow };
        await SeedAsync(db =>
        {
            db.FreelanceClients.Add(client);
            db.FreelanceContracts.Add(new FreelanceContract
            {
                ClientId = client.Id, OrganizationId = org, EffectiveFrom = new DateOnly(2026, 1, 1),
                HourlyRate = Money.Of(60m), PerChartRate = Money.Of(4.50m), MinimumMonthlyFee = Money.Of(120m), PaymentTermsDays = 30,
            });
            // August 2026: a 90-minute audit entered by hand and two charts coded.
            db.TimeEntries.Add(new TimeEntry { OrganizationId = org, User = vendor, Date = new DateOnly(2026, 8, 10), Minutes = 90, Category = TimeEntryCategory.Audit, Note = "Chart audit", CreatedBy = vendor, CreatedAt = DateTimeOffset.UtcNow });
            db.CodedCharts.Add(Chart(org, host.Data.UncodedEncounterId, vendor, "E1122", At(2026, 8, 11, 9, 0)));
            db.CodedCharts.Add(Chart(org, host.Data.CodedEncounterId, vendor, "I10", At(2026, 8, 12, 9, 0)));
        });
        // By hand: 1.5 h x $60 = $90.00; 2 charts x $4.50 = $9.00; subtotal $99.00; the $120 minimum adds $21.00.
        const decimal subtotal = (1.5m * 60m) + (2 * 4.50m);
        const decimal total = 120m;
        Assert.Equal(99m, subtotal);

        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Admin, "freelance-invoice");
        var page = session.Page;
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/freelance/invoices");
        await page.GetByLabel("Client").SelectOptionAsync(client.Id.ToString());
        await page.GetByLabel("Month").FillAsync("2026-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = page.Locator("#invoice-preview");
        await Assertions.Expect(preview).ToContainTextAsync("$90.00");
        await Assertions.Expect(preview).ToContainTextAsync("$9.00");
        await Assertions.Expect(preview).ToContainTextAsync($"${subtotal:0.00}");
        await Assertions.Expect(preview).ToContainTextAsync("$21.00");
        await Assertions.Expect(page.Locator("#preview-total")).ToHaveTextAsync($"${total:0.00}");
        await session.CheckScreenAsync("invoice-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Issue the invoice" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/freelance/invoices/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#invoice-total")).ToHaveTextAsync("$120.00");
        var number = (await page.Locator("h1").InnerTextAsync()).Split(' ')[1];

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.Locator("#invoice-pdf").ClickAsync());
        await using (var stream = await pdf.CreateReadStreamAsync())
        {
            var head = new byte[5];
            await stream.ReadExactlyAsync(head, Ct);
            Assert.Equal("%PDF-", Encoding.ASCII.GetString(head));
        }

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#invoice-csv").ClickAsync());
        await using (var stream = await csv.CreateReadStreamAsync())
        {
            using var reader = new StreamReader(stream);
            var text = await reader.ReadToEndAsync(Ct);
            Assert.Contains(number, text, StringComparison.Ordinal);
            Assert.Contains("120.00", text, StringComparison.Ordinal);
        }

        // A payment of $50 leaves $70 open, which the aging shows as current.
        await page.GetByLabel("Amount (dollars)").FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the payment" }).ClickAsync();
        await Assertions.Expect(page.Locator("#invoice-balance")).ToHaveTextAsync("$70.00");
        await Assertions.Expect(page.Locator("#payments tbody tr")).ToHaveCountAsync(1);
        await session.CheckScreenAsync("invoice-detail");

        await page.GotoAsync("/freelance/invoices");
        await Assertions.Expect(page.Locator("#invoices tbody tr", new() { HasText = number })).ToContainTextAsync("$70.00");
        await Assertions.Expect(page.Locator("#aging tbody tr", new() { HasText = "Alder Family Practice" })).ToContainTextAsync("$70.00");
        await session.CheckScreenAsync("invoices");

        // Reissue: the old invoice is void and a new number replaces it.
        await page.Locator("#invoices a", new() { HasText = number }).ClickAsync();
        await page.GetByLabel("Reason for reissuing").FillAsync("Client asked for a corrected reference");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reissue" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).Not.ToContainTextAsync(number);
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(number);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var invoices = await db.ClientInvoices.AsNoTracking().Where(i => i.ClientId == client.Id).OrderBy(i => i.IssuedAt).ToListAsync(Ct);
            Assert.Equal(2, invoices.Count);
            Assert.Equal(InvoiceStatus.Void, invoices[0].Status);
            Assert.Equal(invoices[0].Id, invoices[1].ReplacesInvoiceId);
            Assert.Equal(Money.Of(total), invoices[1].Total);
        }
    }

    [Fact]
    public async Task Coders_DoNotReachInvoicesOrQualityReview()
    {
        host.SkipIfUnavailable();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Coder, "freelance-denied");
        var page = session.Page;
        await page.GotoAsync("/freelance/time");
        await Assertions.Expect(page.Locator("nav.subnav a")).ToHaveCountAsync(2);
        await page.GotoAsync("/freelance/invoices");
        Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
        await page.GotoAsync("/freelance/quality");
        Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
    }
}
