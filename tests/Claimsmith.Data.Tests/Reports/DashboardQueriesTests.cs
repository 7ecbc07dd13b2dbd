using Claimsmith.Billing;
using Claimsmith.Coding.Decisions;
using Claimsmith.Data;
using Claimsmith.Data.Security;
using Microsoft.Extensions.Time.Testing;

namespace Claimsmith.Data.Tests.Reports;

/// <summary>
/// The dashboard's aggregate queries against figures worked out by hand, on SQLite and PostgreSQL.
/// Every test seeds its own organization and reports on it alone.
/// </summary>
public abstract class DashboardQueriesTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 2, 20, 10, 0, 0, TimeSpan.Zero));

    private static DateTimeOffset Utc(int month, int day, int hour = 10, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private void At(int month, int day) => _clock.SetUtcNow(Utc(month, day));

    private void Move(Claim claim, params ClaimStatus[] path)
    {
        foreach (var to in path)
        {
            Assert.Null(claim.TransitionTo(to, "biller", _clock));
        }
    }

    [Fact]
    public async Task ClaimRatesByMonth_CountsEachMonthsFirstSubmissions()
    {
        var sample = new Sample();
        await using (var db = fixture.CreateContext())
        {
            sample.AddTo(db);
            var claims = new List<Claim>();
            async Task<Claim> New()
            {
                var c = ClaimBuilder.Build(sample.BuildRequest(await db.NextClaimNumberAsync(Ct)), _clock).Claim!;
                claims.Add(c);
                return c;
            }

            // February: E accepted and paid (clean, first pass); F rejected (neither), never adjudicated.
            At(2, 20);
            var e = await New();
            var f = await New();
            Move(e, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted);
            Move(f, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Rejected);
            At(2, 25);
            Move(e, ClaimStatus.Paid);

            // March: A clean and paid; B rejected, resubmitted, paid; C clean then denied; D clean, partly paid.
            At(3, 2);
            var a = await New();
            var b = await New();
            var c = await New();
            var d = await New();
            Move(a, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted);
            Move(b, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Rejected, ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted);
            Move(c, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted);
            Move(d, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted);
            At(3, 20);
            Move(a, ClaimStatus.Paid);
            Move(b, ClaimStatus.Paid);
            Move(c, ClaimStatus.Denied);
            Move(d, ClaimStatus.PartiallyPaid);

            // A draft claim in April never submitted: not counted anywhere.
            At(4, 2);
            _ = await New();
            db.Claims.AddRange(claims);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = fixture.CreateContext())
        {
            var months = await db.ClaimRatesByMonthAsync(new DateOnly(2026, 1, 1), 4, sample.Organization.Id, Ct);

            Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)], months.Select(m => m.Month));
            Assert.Equal(new MonthlyClaimRates(new DateOnly(2026, 1, 1), 0, 0, 0, 0), months[0]);
            Assert.Null(months[0].CleanClaimRate);
            Assert.Equal(new MonthlyClaimRates(new DateOnly(2026, 2, 1), 2, 1, 1, 1), months[1]);
            Assert.Equal(0.5m, months[1].CleanClaimRate);
            Assert.Equal(1m, months[1].FirstPassResolutionRate);
            Assert.Equal(new MonthlyClaimRates(new DateOnly(2026, 3, 1), 4, 3, 4, 1), months[2]);
            Assert.Equal(0.75m, months[2].CleanClaimRate);
            Assert.Equal(0.25m, months[2].FirstPassResolutionRate);
            Assert.Equal(0, months[3].Submitted);

            // The same definitions as the KPI report.
            var march = await db.RevenueCycleAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), sample.Organization.Id, Ct);
            Assert.Equal((march.ClaimsSubmitted, march.CleanClaims, march.ClaimsAdjudicated, march.FirstPassResolved), (months[2].Submitted, months[2].Clean, months[2].Adjudicated, months[2].FirstPass));

            // Another organization's scope sees none of it.
            db.OrganizationScope = OrganizationScope.Of("someone", [Guid.NewGuid()]);
            Assert.All(await db.ClaimRatesByMonthAsync(new DateOnly(2026, 1, 1), 4, cancellationToken: Ct), m => Assert.Equal(0, m.Submitted));
        }
    }

    [Fact]
    public async Task DenialsByCategory_SumsAmountAtStakeInThePeriod()
    {
        var sample = new Sample();
        await using (var db = fixture.CreateContext())
        {
            sample.AddTo(db);
            At(3, 1);
            var claim = ClaimBuilder.Build(sample.BuildRequest(await db.NextClaimNumberAsync(Ct)), _clock).Claim!;
            db.Claims.Add(claim);
            DenialWorkItem Item(DenialCategory category, decimal amount, DateOnly remitted) => new()
            {
                OrganizationId = sample.Organization.Id, ClaimId = claim.Id, PayerId = sample.Payer.Id, AdjudicationId = Guid.NewGuid(),
                ClaimNumber = claim.ClaimNumber, Category = category, ReasonCodes = "CO-97", Action = "Correct and resubmit",
                AmountAtStake = Money.Of(amount), RemittanceDate = remitted, Deadline = remitted.AddDays(180), CreatedAt = Utc(3, 1),
            };
            db.DenialWorkItems.AddRange(
                Item(DenialCategory.CodingBundling, 100m, new DateOnly(2026, 3, 5)),
                Item(DenialCategory.CodingBundling, 50.25m, new DateOnly(2026, 3, 31)),
                Item(DenialCategory.MedicalNecessity, 352.35m, new DateOnly(2026, 3, 1)),
                Item(DenialCategory.TimelyFiling, 80m, new DateOnly(2026, 4, 1)));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = fixture.CreateContext())
        {
            var totals = await db.DenialsByCategoryAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), sample.Organization.Id, Ct);
            Assert.Equal(
                [new DenialCategoryTotal(DenialCategory.MedicalNecessity, 1, Money.Of(352.35m)), new DenialCategoryTotal(DenialCategory.CodingBundling, 2, Money.Of(150.25m))],
                totals);
        }
    }

    [Fact]
    public async Task CoderProductivity_CountsFirstCodingsPerWeekAndTimeWorked()
    {
        var sample = new Sample();
        var org = sample.Organization.Id;
        await using (var db = fixture.CreateContext())
        {
            sample.AddTo(db);
            var e = Enumerable.Range(0, 4).Select(_ => new Encounter
            {
                OrganizationId = org, PatientId = sample.Patient.Id, ServiceFrom = new DateOnly(2026, 3, 1), ServiceTo = new DateOnly(2026, 3, 1),
                PlaceOfService = "11", RenderingProviderId = sample.Rendering.Id,
            }).ToArray();
            db.Encounters.AddRange(e);
            CodedChart Chart(Encounter encounter, string coder, DateTimeOffset at, CodingLevel level = CodingLevel.Coder) =>
                new() { OrganizationId = org, EncounterId = encounter.Id, Coder = coder, CodedAt = at, Level = level, Codes = "E119" };
            db.CodedCharts.AddRange(
                Chart(e[0], "ana", Utc(3, 2)),
                Chart(e[1], "ana", Utc(3, 3)),
                Chart(e[2], "ana", Utc(3, 10)),
                Chart(e[2], "ben", Utc(3, 11)),                               // not the first coding of e[2]
                Chart(e[3], "ben", Utc(3, 11)),
                Chart(e[0], "rev", Utc(3, 12), CodingLevel.SecondLevelReview), // a review is not a chart coded
                Chart(e[1], "ana", Utc(2, 27, 9)));                            // so e[1] was first coded in February

            ActivityEvent Event(int hour, int minute, ActivityEventKind kind = ActivityEventKind.Heartbeat) =>
                new() { OrganizationId = org, User = "ana", Screen = "coding", Kind = kind, At = Utc(3, 2, hour, minute), EncounterId = e[0].Id };
            // 09:00-09:03-09:06 counts (6 min); 09:06 is an End, so 09:06-09:07 does not; 09:07-09:20 is idle (13 min > 5).
            db.ActivityEvents.AddRange(Event(9, 0), Event(9, 3), Event(9, 6, ActivityEventKind.End), Event(9, 7), Event(9, 20));
            var first = new TimeEntry { OrganizationId = org, User = "ana", Date = new DateOnly(2026, 3, 4), Minutes = 30, Category = TimeEntryCategory.Meeting, CreatedBy = "ana", CreatedAt = Utc(3, 4) };
            db.TimeEntries.AddRange(first,
                new TimeEntry { OrganizationId = org, User = "ana", Date = new DateOnly(2026, 3, 4), Minutes = 45, Category = TimeEntryCategory.Meeting, SupersedesId = first.Id, CreatedBy = "ana", CreatedAt = Utc(3, 5) });
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = fixture.CreateContext())
        {
            var rows = await db.CoderProductivityAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), org, cancellationToken: Ct);

            // Weeks of March 2026: Sun 1, Mon 2, 9, 16, 23, 30.
            Assert.Equal(6, DashboardQueries.Weeks(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)).Count);
            Assert.Equal(["ana", "ben"], rows.Select(r => r.Coder));
            var ana = rows[0];
            // e[1] was first coded in February: March counts e[0] and e[2] for ana.
            Assert.Equal(2, ana.Charts);
            Assert.Equal([0, 1, 1, 0, 0, 0], ana.ChartsPerWeek);
            Assert.Equal(360, ana.CapturedSeconds);
            Assert.Equal(45, ana.EnteredMinutes);
            Assert.Equal(0.85m, ana.Hours);        // (360 s + 45 min) / 3600
            Assert.Equal(2.35m, ana.ChartsPerHour); // 2 / 0.85 = 2.3529
            var ben = rows[1];
            Assert.Equal((1, 0L, 0L), (ben.Charts, ben.CapturedSeconds, ben.EnteredMinutes));
            Assert.Null(ben.ChartsPerHour);

            var mine = await db.CoderProductivityAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), org, "ben", Ct);
            Assert.Equal("ben", Assert.Single(mine).Coder);
        }
    }

    [Fact]
    public async Task SuggestionAcceptance_CountsTheLatestDecisionPerDocumentAndCode()
    {
        var sample = new Sample();
        await using (var db = fixture.CreateContext())
        {
            sample.AddTo(db);
            var set = new SuggestionSet { EncounterId = sample.Encounter.Id, CreatedBy = "cac", CreatedAt = Utc(2, 1), DateOfService = sample.Encounter.ServiceFrom };
            db.SuggestionSets.Add(set);
            var doc = sample.Encounter.Documents[0].Id;
            var other = Guid.NewGuid();
            CodingDecision Decide(string coder, string code, DecisionKind kind, DateTimeOffset at, Guid? document = null) =>
                new() { SetId = set.Id, DocumentId = document ?? doc, SuggestedCode = code, Kind = kind, FinalCode = kind == DecisionKind.Rejected ? null : code, Coder = coder, DecidedAt = at };
            db.CodingDecisions.AddRange(
                Decide("ana", "E119", DecisionKind.Rejected, Utc(3, 2)),
                Decide("ana", "E119", DecisionKind.Accepted, Utc(3, 3)),  // supersedes the rejection
                Decide("ana", "I10", DecisionKind.Accepted, Utc(3, 2)),
                Decide("ana", "J449", DecisionKind.Changed, Utc(3, 2)),
                Decide("ana", "", DecisionKind.Added, Utc(3, 2)),          // an added code is not a suggestion decided
                Decide("ben", "E119", DecisionKind.Accepted, Utc(2, 27), other));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = fixture.CreateContext())
        {
            var rows = await db.SuggestionAcceptanceAsync(new DateOnly(2026, 2, 1), 2, sample.Organization.Id, cancellationToken: Ct);
            Assert.Equal(
                [new SuggestionAcceptance("ben", new DateOnly(2026, 2, 1), 1, 1), new SuggestionAcceptance("ana", new DateOnly(2026, 3, 1), 3, 2)],
                rows);
            Assert.Equal(0.6667m, rows[1].Rate);

            var ana = await db.SuggestionAcceptanceAsync(new DateOnly(2026, 3, 1), 1, sample.Organization.Id, "ana", Ct);
            Assert.Equal(3, Assert.Single(ana).Decided);
        }
    }
}

public sealed class SqliteDashboardQueriesTests(SqliteDatabaseFixture fixture) : DashboardQueriesTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresDashboardQueriesTests(PostgresDatabaseFixture fixture) : DashboardQueriesTests(fixture), IClassFixture<PostgresDatabaseFixture>;
