using Claimsmith.Billing;
using Claimsmith.Coding.Decisions;
using Claimsmith.Data;
using Claimsmith.Data.Security;
using Claimsmith.Web.Workbench.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Claimsmith.Web.Tests.Browser;

/// <summary>
/// The dashboard in a real browser over seeded claims of several statuses and ages, a denial and
/// coding decisions: every chart with its numbers table, the biller's and the coder's views, and axe.
/// </summary>
public sealed class DashboardBrowserTests(WorkbenchHost host) : IClassFixture<WorkbenchHost>
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _seeded;

    private async Task SeedAsync()
    {
        await Once.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_seeded)
            {
                return;
            }

            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var clock = TimeProvider.System;
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var org = await db.Organizations.SingleAsync(o => o.Id == host.Data.OrganizationId, TestContext.Current.CancellationToken);
            var payer = await db.Payers.SingleAsync(p => p.PayerIdentifier == "SYM01", TestContext.Current.CancellationToken);
            var provider = await db.Providers.SingleAsync(p => p.OrganizationId == org.Id, TestContext.Current.CancellationToken);
            var ledger = new Ledger([], clock);
            var address = new Address { Line1 = "41 Synthetic Row", City = "Testville", State = "OH", PostalCode = "43210" };

            async Task<Claim> ClaimAsync(int ageDays, decimal charge, params ClaimStatus[] path)
            {
                var dos = today.AddDays(-ageDays);
                var patient = new Patient { OrganizationId = org.Id, AccountNumber = "DSH" + Guid.NewGuid().ToString("N")[..6], LastName = "Dash", FirstName = "Pat" + ageDays, BirthDate = new DateOnly(1970, 1, 1), Sex = Sex.Female, Address = address with { } };
                var coverage = new Coverage { PatientId = patient.Id, PayerId = payer.Id, MemberId = "DSH" + ageDays, Relationship = SubscriberRelationship.Self, EffectiveFrom = new DateOnly(2020, 1, 1) };
                var encounter = new Encounter { OrganizationId = org.Id, PatientId = patient.Id, Kind = ClaimKind.Professional, ServiceFrom = dos, ServiceTo = dos, PlaceOfService = "11", RenderingProviderId = provider.Id };
                encounter.AddDiagnosis(DiagnosisCode.Parse("I10"));
                var line = new ChargeLine { ProcedureCode = ProcedureCode.Parse("99213"), Units = 1m, Charge = Money.Of(charge), ServiceFrom = dos };
                line.SetPointers([1]);
                encounter.AddCharge(line);
                var claim = ClaimBuilder.Build(new ClaimBuildRequest
                {
                    Encounter = encounter, Patient = patient, Coverage = coverage, Payer = payer, Organization = org,
                    Providers = new Dictionary<Guid, Provider> { [provider.Id] = provider }, ClaimNumber = await db.NextClaimNumberAsync(TestContext.Current.CancellationToken), Actor = "seed",
                }, clock).Claim!;
                ledger.PostCharges(claim, "seed");
                foreach (var to in path)
                {
                    Assert.Null(claim.TransitionTo(to, "seed", clock));
                }

                db.AddRange(patient, coverage, encounter, claim);
                return claim;
            }

            // Open balances 10, 45, 75, 100 and 150 days old (one per aging bucket) and one paid in full.
            var submitted = new[] { ClaimStatus.Ready, ClaimStatus.Submitted };
            var paid = await ClaimAsync(5, 90m, [.. submitted, ClaimStatus.Accepted, ClaimStatus.Paid]);
            ledger.PostPayment(paid, LedgerBucket.Insurance, Money.Of(90m), "TRN-DSH", "seed");
            await ClaimAsync(10, 100m, [.. submitted, ClaimStatus.Accepted]);
            var denied = await ClaimAsync(45, 200m, [.. submitted, ClaimStatus.Accepted, ClaimStatus.Denied]);
            await ClaimAsync(75, 300m, [.. submitted, ClaimStatus.Rejected]);
            await ClaimAsync(100, 400m, [.. submitted, ClaimStatus.Accepted]);
            await ClaimAsync(150, 500m, ClaimStatus.Ready);
            db.DenialWorkItems.Add(new DenialWorkItem
            {
                OrganizationId = org.Id, ClaimId = denied.Id, PayerId = payer.Id, AdjudicationId = Guid.NewGuid(), ClaimNumber = denied.ClaimNumber,
                Category = DenialCategory.MedicalNecessity, ReasonCodes = "CO-50", Action = "Appeal with the records", AmountAtStake = Money.Of(200m),
                RemittanceDate = today, Deadline = today.AddDays(180), CreatedAt = clock.GetUtcNow(),
            });
            db.LedgerEntries.AddRange(ledger.Pending);

            // The coder coded a chart in 12 captured minutes and decided three suggestions: two accepted.
            var coder = ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder);
            var now = clock.GetUtcNow();
            var document = await db.ClinicalDocuments.Where(d => d.EncounterId == host.Data.CodedEncounterId).Select(d => d.Id).FirstAsync(TestContext.Current.CancellationToken);
            var set = new SuggestionSet { EncounterId = host.Data.CodedEncounterId, CreatedBy = coder, CreatedAt = now, DateOfService = today };
            db.SuggestionSets.Add(set);
            CodingDecision Decide(string code, DecisionKind kind) => new() { SetId = set.Id, DocumentId = document, SuggestedCode = code, Kind = kind, FinalCode = code, Coder = coder, DecidedAt = now };
            db.CodingDecisions.AddRange(Decide("E1122", DecisionKind.Accepted), Decide("I10", DecisionKind.Accepted), Decide("N189", DecisionKind.Rejected));
            db.CodedCharts.Add(new CodedChart { OrganizationId = org.Id, EncounterId = host.Data.CodedEncounterId, Coder = coder, Codes = "E1122,I10", CodedAt = now });
            db.ActivityEvents.AddRange(Enumerable.Range(0, 5).Select(i => new ActivityEvent
            {
                OrganizationId = org.Id, User = coder, Screen = "coding", EncounterId = host.Data.CodedEncounterId, At = now.AddMinutes(-12 + (i * 3)),
            }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            _seeded = true;
        }
        finally
        {
            Once.Release();
        }
    }

    [Fact]
    public async Task Biller_SeesEveryChartWithItsNumbers()
    {
        host.SkipIfUnavailable();
        await SeedAsync();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Biller, "dashboard");
        var page = session.Page;

        // g b reaches the dashboard from any screen.
        await page.GotoAsync("/claims");
        await page.Keyboard.PressAsync("g");
        await page.Keyboard.PressAsync("b");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/dashboard", page.Url, StringComparison.Ordinal);

        foreach (var id in new[] { "chart-aging", "chart-denials", "chart-rates", "chart-productivity", "chart-weekly", "chart-acceptance" })
        {
            var figure = page.Locator("#" + id);
            await Assertions.Expect(figure.Locator("svg[role=img] > title")).ToHaveCountAsync(1);
            await Assertions.Expect(figure.Locator("table.chart-data")).ToBeVisibleAsync();
        }

        // A/R: 100 (0-30), 200 (31-60), 300 (61-90), 400 (91-120), 500 (over 120); the paid claim is not open.
        var aging = page.GetByRole(AriaRole.Table, new() { Name = "A/R aging by payer: the numbers" });
        var row = aging.GetByRole(AriaRole.Row).Filter(new() { HasText = "Synthetic Mutual" });
        await Assertions.Expect(row).ToContainTextAsync("$100.00");
        await Assertions.Expect(row).ToContainTextAsync("$500.00");
        await Assertions.Expect(row.Locator("td").Last).ToHaveTextAsync("$1,500.00");
        Assert.Equal(5, await page.Locator("#chart-aging rect[data-series]").CountAsync());

        var denials = page.GetByRole(AriaRole.Table, new() { Name = "Denials by category: the numbers" });
        await Assertions.Expect(denials.GetByRole(AriaRole.Row).Filter(new() { HasText = "Medical necessity" })).ToContainTextAsync("$200.00");

        // This month: 5 first submitted, 3 clean (rejected one not; the Ready one never submitted), 2 adjudicated, 1 paid first pass.
        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var rates = page.GetByRole(AriaRole.Table, new() { Name = "Clean claim and first-pass resolution rates: the numbers" });
        var thisMonth = rates.GetByRole(AriaRole.Row).Filter(new() { HasText = month });
        await Assertions.Expect(thisMonth).ToContainTextAsync("80%");
        await Assertions.Expect(thisMonth).ToContainTextAsync("50%");

        var acceptance = page.GetByRole(AriaRole.Table, new() { Name = "Suggestion acceptance: the numbers" });
        await Assertions.Expect(acceptance.GetByRole(AriaRole.Row).Filter(new() { HasText = "Whole period" }).Filter(new() { HasText = "All coders" })).ToContainTextAsync("66.7%");
        var productivity = page.GetByRole(AriaRole.Table, new() { Name = "Coder productivity: the numbers" });
        await Assertions.Expect(productivity.GetByRole(AriaRole.Row).Filter(new() { HasText = ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder) })).ToContainTextAsync("0.2");
        await session.CheckScreenAsync("dashboard");

        // The period form: one month long ago shows the empty states, not broken charts.
        await page.GetByLabel("Months").SelectOptionAsync("1");
        await page.GetByLabel("Up to and including").FillAsync("2001-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator("#chart-rates .chart-empty")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#chart-rates svg")).ToHaveCountAsync(0);
        await session.CheckScreenAsync("dashboard-empty");
    }

    [Fact]
    public async Task Coder_SeesOwnProductivityOnly()
    {
        host.SkipIfUnavailable();
        await SeedAsync();
        await using var session = await BrowserSession.SignInAsync(host, ClaimsmithRoles.Coder, "dashboard-coder");
        var page = session.Page;
        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My productivity" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#chart-aging")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#chart-denials")).ToHaveCountAsync(0);
        var acceptance = page.GetByRole(AriaRole.Table, new() { Name = "Suggestion acceptance: the numbers" });
        await Assertions.Expect(acceptance.GetByRole(AriaRole.Row).Filter(new() { HasText = "Whole period" }).Filter(new() { HasText = "All coders" })).ToContainTextAsync("66.7%");
        await session.CheckScreenAsync("dashboard-coder");
    }
    [Fact]
    public async Task Figures_AreKeptPerOrganizationScopeAndRecomputedOnRequest()
    {
        host.SkipIfUnavailable();
        await SeedAsync();
        var ct = TestContext.Current.CancellationToken;
        var cache = host.Services.GetRequiredService<DashboardFigureCache>();
        // A month of its own, long ago, so the other tests' figures are not touched.
        var month = new DateOnly(2002, 3, 1);
        await using var mineScope = host.Services.CreateAsyncScope();
        var mine = mineScope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        mine.OrganizationScope = OrganizationScope.Of("dashboard-cache", [host.Data.OrganizationId]);
        await using var otherScope = host.Services.CreateAsyncScope();
        var other = otherScope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        other.OrganizationScope = OrganizationScope.Of("dashboard-cache", [Guid.NewGuid()]);

        async Task AddDenialAsync(decimal amount)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var claim = await db.Claims.Where(c => c.OrganizationId == host.Data.OrganizationId).Select(c => new { c.Id, c.ClaimNumber, c.PayerId }).FirstAsync(ct);
            db.DenialWorkItems.Add(new DenialWorkItem
            {
                OrganizationId = host.Data.OrganizationId, ClaimId = claim.Id, PayerId = claim.PayerId, AdjudicationId = Guid.NewGuid(), ClaimNumber = claim.ClaimNumber,
                Category = DenialCategory.Duplicate, ReasonCodes = "CO-18", Action = "Check for a duplicate", AmountAtStake = Money.Of(amount),
                RemittanceDate = month.AddDays(14), Deadline = month.AddDays(194), CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(ct);
        }

        await AddDenialAsync(40m);
        var first = await cache.GetAsync(mine, null, month, 1, month.AddMonths(1).AddDays(-1), fresh: false, ct);
        Assert.Equal(40m, Assert.Single(first.Denials).AmountAtStake.Amount);
        Assert.NotNull(first.Aging);

        // Another organization's scope never gets these figures, cached or not.
        var theirs = await cache.GetAsync(other, null, month, 1, month.AddMonths(1).AddDays(-1), fresh: false, ct);
        Assert.Empty(theirs.Denials);
        Assert.Empty(theirs.Aging!.Rows);

        // Within the lifetime the same view is the same figures; fresh recomputes them.
        await AddDenialAsync(60m);
        var kept = await cache.GetAsync(mine, null, month, 1, month.AddMonths(1).AddDays(-1), fresh: false, ct);
        Assert.Same(first, kept);
        var fresh = await cache.GetAsync(mine, null, month, 1, month.AddMonths(1).AddDays(-1), fresh: true, ct);
        var duplicates = Assert.Single(fresh.Denials);
        Assert.Equal((2, 100m), (duplicates.Items, duplicates.AmountAtStake.Amount));

        // A coder's view has no practice-wide figures.
        var coder = await cache.GetAsync(mine, "someone@example.org", month, 1, month.AddMonths(1).AddDays(-1), fresh: false, ct);
        Assert.Null(coder.Aging);
        Assert.Empty(coder.Denials);
    }
}
