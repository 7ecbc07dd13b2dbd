using System.Globalization;
using System.Text.Json;
using Claimsmith.Billing;
using Claimsmith.Data.Freelance;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Tests.Freelance;

/// <summary>
/// A seeded month (March 2026) of work for two clients: a practice coded by a freelance coder
/// (hours plus outpatient and ED charts) and a surgery center served by a billing company (charts
/// plus a percentage of collections, topped up to a minimum fee). The invoices' totals are checked
/// against the hand computation written out in each test.
/// </summary>
public abstract class FreelanceMonthTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March31 = new(2026, 3, 31);

    private static DateTimeOffset At(int day, int hour, int minute = 0, int month = 3) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private sealed record Seeded(string Coder, Sample Practice, Sample Surgery, FreelanceClient PracticeClient, FreelanceClient SurgeryClient, List<Encounter> PracticeCharts, List<Encounter> SurgeryCharts, SettableClock Clock);

    private async Task<Seeded> SeedAsync()
    {
        var clock = new SettableClock { Now = At(1, 8, month: 4) };
        // Each test seeds its own clients in the shared database; its own coder keeps their time apart.
        var coder = $"coder-{Guid.NewGuid():N}@example.org";
        var practice = new Sample();
        var surgery = new Sample();
        await using var db = fixture.CreateContext();
        practice.AddTo(db);
        surgery.AddTo(db);
        await db.SaveChangesAsync(Ct);

        var practiceClient = new FreelanceClient { OrganizationId = practice.Organization.Id, VendorUser = coder, IdlePauseMinutes = 5, CreatedAt = At(1, 0) };
        var surgeryClient = new FreelanceClient { OrganizationId = surgery.Organization.Id, VendorName = "Cedar Billing LLC", CreatedAt = At(1, 0) };
        db.AddRange(practiceClient, surgeryClient);
        db.FreelanceContracts.AddRange(
            new FreelanceContract
            {
                ClientId = practiceClient.Id,
                OrganizationId = practice.Organization.Id,
                EffectiveFrom = new DateOnly(2026, 1, 1),
                HourlyRate = Money.Of(42.00m),
                OutpatientChartRate = Money.Of(3.50m),
                EmergencyChartRate = Money.Of(6.00m),
                MinimumMonthlyFee = Money.Of(150.00m),
                PaymentTermsDays = 30,
            },
            new FreelanceContract
            {
                ClientId = surgeryClient.Id,
                OrganizationId = surgery.Organization.Id,
                EffectiveFrom = new DateOnly(2026, 1, 1),
                PerChartRate = Money.Of(4.10m),
                SurgeryChartRate = Money.Of(14.75m),
                CollectionsPercent = 5.5m,
                MinimumMonthlyFee = Money.Of(250.00m),
                PaymentTermsDays = 15,
            });

        // Captured time of the freelance coder on the practice.
        // March 3: heartbeats every minute 09:00-09:45 (45 min), idle until 10:30 (not counted),
        // 10:30-11:00 (30 min), then the screen is closed. March 4: every 2 minutes 14:00-14:50 (50 min).
        var encounter = practice.Encounter.Id;
        var events = new List<ActivityEvent>();
        for (var m = 0; m <= 45; m++)
        {
            events.Add(Event(coder, practice, At(3, 9, m), encounter));
        }

        for (var m = 30; m <= 60; m++)
        {
            events.Add(Event(coder, practice, At(3, 10).AddMinutes(m), encounter, m == 60 ? ActivityEventKind.End : ActivityEventKind.Heartbeat));
        }

        for (var m = 0; m <= 50; m += 2)
        {
            events.Add(Event(coder, practice, At(4, 14, m), encounter));
        }

        // Outside the period: not billed in March.
        events.Add(Event(coder, practice, At(28, 23, 50, month: 2), encounter));
        events.Add(Event(coder, practice, At(28, 23, 55, month: 2), encounter));
        events.Add(Event(coder, practice, At(1, 9, 0, month: 4), encounter));
        events.Add(Event(coder, practice, At(1, 9, 4, month: 4), encounter));
        // Another user on the practice: the freelance coder's invoice does not bill them.
        events.Add(Event("someone@example.org", practice, At(5, 9), encounter));
        events.Add(Event("someone@example.org", practice, At(5, 9, 4), encounter));
        db.ActivityEvents.AddRange(events);

        // Manual time: a 60-minute meeting corrected to 45; training 30 minutes; 15 minutes removed from March 4's capture.
        var meeting = new TimeEntry { OrganizationId = practice.Organization.Id, User = coder, Date = new DateOnly(2026, 3, 10), Minutes = 60, Category = TimeEntryCategory.Meeting, Note = "Monthly review", CreatedBy = coder, CreatedAt = At(10, 17) };
        db.TimeEntries.AddRange(
            meeting,
            new TimeEntry { OrganizationId = practice.Organization.Id, User = coder, Date = new DateOnly(2026, 3, 10), Minutes = 45, Category = TimeEntryCategory.Meeting, Note = "Ended early", SupersedesId = meeting.Id, CreatedBy = coder, CreatedAt = At(11, 8) },
            new TimeEntry { OrganizationId = practice.Organization.Id, User = coder, Date = new DateOnly(2026, 3, 12), Minutes = 30, Category = TimeEntryCategory.Training, CreatedBy = coder, CreatedAt = At(12, 17) },
            new TimeEntry { OrganizationId = practice.Organization.Id, User = coder, Date = new DateOnly(2026, 3, 4), Minutes = -15, Category = TimeEntryCategory.CapturedCorrection, Note = "Phone call", CreatedBy = coder, CreatedAt = At(4, 18) });

        // Charts: the practice has 5 outpatient (POS 11) and 2 ED (POS 23) charts coded in March,
        // one chart coded in February (re-saved in March: not billed again) and one re-saved in March.
        var practiceCharts = new List<Encounter>();
        for (var i = 0; i < 8; i++)
        {
            var e = NewEncounter(practice, i < 5 || i == 7 ? "11" : "23");
            practiceCharts.Add(e);
            db.Encounters.Add(e);
        }

        string[] codes = ["I10,E119", "J45909", "M545", "E785,I10", "Z0000", "S0101XA,W010XXA", "R079", "I10"];
        for (var i = 0; i < 7; i++)
        {
            db.CodedCharts.Add(Chart(practiceCharts[i], coder, codes[i], At(2 + (i * 3), 15), arrived: At(2 + (i * 3), 7)));
        }

        db.CodedCharts.Add(Chart(practiceCharts[0], coder, codes[0], At(20, 9), arrived: At(2, 7)));                 // re-save, same chart
        db.CodedCharts.Add(Chart(practiceCharts[7], coder, codes[7], At(27, 9, month: 2), arrived: At(26, 9, month: 2))); // first coded in February
        db.CodedCharts.Add(Chart(practiceCharts[7], coder, codes[7], At(5, 9), arrived: At(26, 9, month: 2)));
        // Second-level review of one chart changed one code (E11.9 -> E11.65: two codes differ).
        db.CodedCharts.Add(Chart(practiceCharts[0], "lead@example.org", "I10,E1165", At(3, 10), arrived: At(2, 7), CodingLevel.SecondLevelReview));

        // The surgery center: 4 surgical cases (POS 24) and 3 outpatient (POS 22) coded by the company's staff.
        var surgeryCharts = new List<Encounter>();
        for (var i = 0; i < 7; i++)
        {
            var e = NewEncounter(surgery, i < 4 ? "24" : "22");
            surgeryCharts.Add(e);
            db.Encounters.Add(e);
            db.CodedCharts.Add(Chart(e, i % 2 == 0 ? "staff1@cedar.example" : "staff2@cedar.example", "M1711,0SRC0J9", At(6 + i, 12), arrived: At(5 + i, 12)));
        }

        await db.SaveChangesAsync(Ct);

        // Collections on the surgery center's claims: payments in March of 1,250.00, 333.33 and 100.00
        // from insurance and 45.67 from the patient; the 100.00 was reversed in March; payments of
        // February and April are outside the period; a contractual adjustment is not a collection.
        var number = await db.NextClaimNumberAsync(Ct);
        var claim = ClaimBuilder.Build(surgery.BuildRequest(number), clock).Claim!;
        db.Claims.Add(claim);
        var ledger = new Billing.Ledger([], clock);
        Post(clock, At(2, 9), () => ledger.PostCharges(claim, "biller"));
        Post(clock, At(27, 9, month: 2), () => ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(500.00m), "EFT0", "biller"));
        Post(clock, At(9, 9), () => ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(1250.00m), "EFT1", "biller"));
        Post(clock, At(16, 9), () => ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(333.33m), "EFT2", "biller"));
        var wrong = Post(clock, At(18, 9), () => ledger.PostPayment(claim, LedgerBucket.Insurance, Money.Of(100.00m), "EFT3", "biller"));
        Post(clock, At(19, 9), () => ledger.PostPayment(claim, LedgerBucket.Patient, Money.Of(45.67m), "CHK 1001", "biller"));
        Post(clock, At(20, 9), () => ledger.PostAdjustment(claim, LedgerBucket.Insurance, Money.Of(20.00m), "CO-45", "biller"));
        Post(clock, At(23, 9), () => ledger.Reverse(wrong.Entries[0].Id, "biller", "posted to the wrong claim"));
        Post(clock, At(1, 9, month: 4), () => ledger.PostPayment(claim, LedgerBucket.Patient, Money.Of(10.00m), "CHK 1002", "biller"));
        // A payment on the practice's claim: the practice's contract has no percentage, so it bills nothing.
        var practiceClaim = ClaimBuilder.Build(practice.BuildRequest(await db.NextClaimNumberAsync(Ct)), clock).Claim!;
        db.Claims.Add(practiceClaim);
        var practiceLedger = new Billing.Ledger([], clock);
        Post(clock, At(9, 9), () => practiceLedger.PostCharges(practiceClaim, "biller"));
        Post(clock, At(12, 9), () => practiceLedger.PostPayment(practiceClaim, LedgerBucket.Insurance, Money.Of(99.99m), "EFT9", "biller"));
        db.LedgerEntries.AddRange(ledger.Pending);
        db.LedgerEntries.AddRange(practiceLedger.Pending);
        await db.SaveChangesAsync(Ct);
        clock.Now = At(1, 8, month: 4);
        return new Seeded(coder, practice, surgery, practiceClient, surgeryClient, practiceCharts, surgeryCharts, clock);
    }

    private static LedgerPostResult Post(SettableClock clock, DateTimeOffset at, Func<LedgerPostResult> post)
    {
        clock.Now = at;
        var result = post();
        Assert.True(result.Succeeded, result.Issue?.Message);
        return result;
    }

    private static ActivityEvent Event(string user, Sample client, DateTimeOffset at, Guid encounter, ActivityEventKind kind = ActivityEventKind.Heartbeat) =>
        new() { OrganizationId = client.Organization.Id, User = user, EncounterId = encounter, Screen = "coding", Kind = kind, At = at };

    private static Encounter NewEncounter(Sample client, string pos) => new()
    {
        OrganizationId = client.Organization.Id,
        PatientId = client.Patient.Id,
        Kind = ClaimKind.Professional,
        ServiceFrom = new DateOnly(2026, 3, 1),
        ServiceTo = new DateOnly(2026, 3, 1),
        PlaceOfService = pos,
    };

    private static CodedChart Chart(Encounter e, string coder, string codes, DateTimeOffset at, DateTimeOffset arrived, CodingLevel level = CodingLevel.Coder) => new()
    {
        OrganizationId = e.OrganizationId,
        EncounterId = e.Id,
        ChartType = ChartClassifier.Classify(e.PlaceOfService, e.FacilityTypeCode),
        Level = level,
        Coder = coder,
        Codes = codes,
        CodedAt = at,
        DocumentArrivedAt = arrived,
    };

    [Fact]
    public async Task SeededMonth_InvoicesMatchTheHandComputation()
    {
        var seeded = await SeedAsync();
        await using var db = fixture.CreateContext();
        var service = new FreelanceService(db, seeded.Clock);

        // Practice (hourly 42.00; outpatient 3.50, ED 6.00; minimum 150.00; net 30):
        //   captured 45 + 30 + 50 = 125 min, less the 15-minute correction = 110 min = 1.8333 h -> 1.83 h x 42.00 =  76.86
        //   meetings 45 min (the 60 was corrected)           = 0.75 h x 42.00                      =  31.50
        //   training 30 min                                  = 0.50 h x 42.00                      =  21.00
        //   outpatient charts 5 (the February chart is not billed again) x 3.50                   =  17.50
        //   ED charts 2 x 6.00                                                                     =  12.00
        //   subtotal 158.86, above the minimum of 150.00                                          = 158.86
        var practice = await service.IssueAsync(seeded.PracticeClient.Id, March1, March31, "admin@example.org", Ct);
        Assert.NotNull(practice.Invoice);
        var p = practice.Invoice;
        Assert.Equal(
        [
            (InvoiceLineKind.Hours, 1.83m, 42.00m, 76.86m),
            (InvoiceLineKind.Hours, 0.75m, 42.00m, 31.50m),
            (InvoiceLineKind.Hours, 0.50m, 42.00m, 21.00m),
            (InvoiceLineKind.Charts, 5m, 3.50m, 17.50m),
            (InvoiceLineKind.Charts, 2m, 6.00m, 12.00m),
        ], p.Lines.OrderBy(l => l.Sequence).Select(l => (l.Kind, l.Quantity, l.Rate, l.Amount.Amount)));
        Assert.StartsWith(FreelanceService.CapturedTimeLabel, p.Lines[0].Description, StringComparison.Ordinal);
        Assert.Equal(Money.Of(158.86m), p.Subtotal);
        Assert.Equal(Money.Zero, p.MinimumFeeAdjustment);
        Assert.Equal(Money.Of(158.86m), p.Total);
        Assert.Equal(new DateOnly(2026, 4, 1), p.IssueDate);
        Assert.Equal(new DateOnly(2026, 5, 1), p.DueDate);
        Assert.Equal(seeded.Coder, p.VendorName);

        // Surgery center (surgery 14.75, other charts 4.10; 5.5% of collections; minimum 250.00; net 15):
        //   surgery charts 4 x 14.75                                                               =  59.00
        //   outpatient charts 3 x 4.10                                                             =  12.30
        //   collections 1,250.00 + 333.33 + 100.00 + 45.67 - 100.00 (reversed) = 1,629.00 x 5.5%
        //     = 89.595 -> 89.60 (half away from zero)                                              =  89.60
        //   subtotal 160.90; minimum 250.00 adds 89.10                                             = 250.00
        var surgery = await service.IssueAsync(seeded.SurgeryClient.Id, March1, March31, "admin@example.org", Ct);
        Assert.NotNull(surgery.Invoice);
        var s = surgery.Invoice;
        Assert.Equal(
        [
            (InvoiceLineKind.Charts, 3m, 4.10m, 12.30m),
            (InvoiceLineKind.Charts, 4m, 14.75m, 59.00m),
            (InvoiceLineKind.Collections, 1629.00m, 5.5m, 89.60m),
            (InvoiceLineKind.MinimumFee, 1m, 89.10m, 89.10m),
        ], s.Lines.OrderBy(l => l.Sequence).Select(l => (l.Kind, l.Quantity, l.Rate, l.Amount.Amount)));
        Assert.Equal(Money.Of(160.90m), s.Subtotal);
        Assert.Equal(Money.Of(89.10m), s.MinimumFeeAdjustment);
        Assert.Equal(Money.Of(250.00m), s.Total);
        Assert.Equal(new DateOnly(2026, 4, 16), s.DueDate);
        Assert.Equal("Cedar Billing LLC", s.VendorName);

        // Numbers are unique and sequential.
        Assert.Matches("^INV-[0-9]{6}$", p.Number);
        Assert.Equal(long.Parse(p.Number[4..], CultureInfo.InvariantCulture) + 1, long.Parse(s.Number[4..], CultureInfo.InvariantCulture));

        // Stored as computed.
        await using var check = fixture.CreateContext();
        var stored = await check.ClientInvoices.Include(i => i.Lines).SingleAsync(i => i.Id == s.Id, Ct);
        Assert.Equal(Money.Of(250.00m), stored.Total);
        Assert.Equal(Money.Sum(stored.Lines.Select(l => l.Amount)), stored.Total);
    }

    [Fact]
    public async Task IssuedInvoice_IsImmutable_VoidAndReissueInstead()
    {
        var seeded = await SeedAsync();
        Guid id;
        await using (var db = fixture.CreateContext())
        {
            var service = new FreelanceService(db, seeded.Clock);
            var issued = (await service.IssueAsync(seeded.SurgeryClient.Id, March1, March31, "admin", Ct)).Invoice!;
            id = issued.Id;
            var again = await service.IssueAsync(seeded.SurgeryClient.Id, March1, March31, "admin", Ct);
            Assert.Null(again.Invoice);
            Assert.Equal("invoice.exists", again.Issues[0].Code);
        }

        await using (var db = fixture.CreateContext())
        {
            var invoice = await db.ClientInvoices.Include(i => i.Lines).SingleAsync(i => i.Id == id, Ct);
            invoice.Total = Money.Of(1m);
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using (var db = fixture.CreateContext())
        {
            var line = await db.ClientInvoiceLines.FirstAsync(l => l.InvoiceId == id, Ct);
            line.Amount = Money.Of(1m);
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        // The database refuses it too, even bypassing the context's guard.
        await using (var db = fixture.CreateContext())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"ClientInvoices\" SET \"Number\" = 'X' WHERE \"Id\" = {0}", [id], Ct));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"ClientInvoiceLines\" WHERE \"InvoiceId\" = {0}", [id], Ct));
        }

        await using (var db = fixture.CreateContext())
        {
            var service = new FreelanceService(db, seeded.Clock);
            var replaced = await service.ReissueAsync(id, "Rate corrected", "admin", Ct);
            Assert.NotNull(replaced.Invoice);
            Assert.Equal(id, replaced.Invoice.ReplacesInvoiceId);
            Assert.Equal(Money.Of(250.00m), replaced.Invoice.Total);
        }

        await using (var db = fixture.CreateContext())
        {
            var old = await db.ClientInvoices.SingleAsync(i => i.Id == id, Ct);
            Assert.Equal(InvoiceStatus.Void, old.Status);
            Assert.Equal("Rate corrected", old.VoidReason);
            // A void invoice stays void.
            old.Status = InvoiceStatus.Issued;
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }
    }

    [Fact]
    public async Task Payments_AndAging()
    {
        var seeded = await SeedAsync();
        await using var db = fixture.CreateContext();
        var service = new FreelanceService(db, seeded.Clock);
        var invoice = (await service.IssueAsync(seeded.SurgeryClient.Id, March1, March31, "admin", Ct)).Invoice!;
        db.InvoicePayments.Add(new InvoicePayment { InvoiceId = invoice.Id, OrganizationId = invoice.OrganizationId, Amount = Money.Of(100.00m), ReceivedOn = new DateOnly(2026, 4, 10), RecordedBy = "admin", RecordedAt = At(10, 9, month: 4) });
        await db.SaveChangesAsync(Ct);

        // Due April 16; on May 20 it is 34 days past due with 150.00 open.
        var aging = await service.AgingAsync(new DateOnly(2026, 5, 20), Ct);
        var row = aging.Single(a => a.OrganizationId == seeded.Surgery.Organization.Id);
        Assert.Equal(Money.Of(150.00m), row.Buckets.Days31To60);
        Assert.Equal(Money.Of(150.00m), row.Buckets.Total);
        Assert.Equal(34, row.Invoices.Single().DaysPastDue);
    }

    [Fact]
    public async Task Productivity_QualitySample_AndClientReportWithoutPatientInformation()
    {
        var seeded = await SeedAsync();
        await using var db = fixture.CreateContext();
        var service = new FreelanceService(db, seeded.Clock);

        var productivity = await service.ProductivityAsync(March1, March31, seeded.Practice.Organization.Id, seeded.Coder, Ct);
        Assert.Equal(7, productivity.ChartsCoded);
        Assert.Equal(1, productivity.ChartsSecondLevelReviewed);
        Assert.Equal(2, productivity.CodesChangedByReview);
        Assert.Equal(8.00m, productivity.AverageTurnaroundHours); // every chart coded 8 hours after its document arrived
        // 125 min captured + 45 + 30 - 15 entered = 185 min = 3.08 h.
        Assert.Equal(3.08m, productivity.Hours);

        // A reproducible sample of 4 of the coder's 7 March charts; the auditor agrees except on one code.
        var review = await service.StartReviewAsync(seeded.Practice.Organization.Id, seeded.Coder, March1, March31, 4, seed: 42, "auditor@example.org", Ct);
        Assert.Equal(4, review.Items.Count);
        var sameSample = QualitySampler.Sample(seeded.PracticeCharts.Take(7).Select(e => e.Id).Reverse(), 42, 4);
        Assert.Equal(sameSample, review.Items.Select(i => i.EncounterId));
        var first = true;
        foreach (var item in review.Items)
        {
            item.AuditorCodes = first ? CodeLists.Format(CodeLists.Parse(item.CoderCodes).Append("Z7984")) : item.CoderCodes;
            item.ReviewedAt = At(2, 9, month: 4);
            first = false;
        }

        await db.SaveChangesAsync(Ct);
        var reviews = await service.ReviewsAsync(March1, March31, seeded.Practice.Organization.Id, seeded.Coder, Ct);
        var accuracy = FreelanceService.Accuracy(reviews);
        Assert.Equal(4, accuracy.ChartsReviewed);
        Assert.Equal(3, accuracy.ChartsCorrect);
        Assert.Equal(["Z7984"], accuracy.Differences.Select(d => d.ReviewerCode));
        Assert.Equal(CodeDifferenceKind.Missed, accuracy.Differences[0].Kind);
        Assert.Equal((decimal)accuracy.CodesAgreed / accuracy.CodesTotal, accuracy.CodeAccuracy, 4);

        var report = await service.ClientReportAsync(seeded.PracticeClient, March1, March31, Ct);
        Assert.Equal(7, report.ChartsCoded);
        Assert.Equal(4, report.ChartsAudited);
        Assert.Equal(0.75m, report.ChartAccuracy);
        AssertNoPatientInformation(JsonSerializer.Serialize(report), seeded);

        var invoice = (await service.IssueAsync(seeded.PracticeClient.Id, March1, March31, "admin", Ct)).Invoice!;
        AssertNoPatientInformation(JsonSerializer.Serialize(invoice), seeded);
    }

    /// <summary>Scans exported text for every identifier of the seeded patients, their encounters and claims.</summary>
    internal static void AssertNoPatientInformation(string text, Sample practice, Sample surgery, IEnumerable<Guid> recordIds)
    {
        foreach (var s in new[] { practice, surgery })
        {
            var dob = s.Patient.BirthDate;
            string[] forbidden =
            [
                s.Patient.LastName, s.Patient.FirstName, s.Patient.AccountNumber, s.Coverage.MemberId, s.Secondary.MemberId,
                s.Coverage.Subscriber!.LastName, s.Coverage.Subscriber.FirstName,
                dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dob.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                s.Patient.Id.ToString(), s.Patient.Id.ToString("N"),
            ];
            foreach (var f in forbidden)
            {
                Assert.DoesNotContain(f, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        foreach (var id in recordIds)
        {
            Assert.DoesNotContain(id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void AssertNoPatientInformation(string text, Seeded seeded) =>
        AssertNoPatientInformation(text, seeded.Practice, seeded.Surgery, seeded.PracticeCharts.Concat(seeded.SurgeryCharts).Select(e => e.Id).Append(seeded.Practice.Encounter.Id));
}

/// <summary>A clock the seeding moves back and forth (postings dated across two months).</summary>
internal sealed class SettableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}

public sealed class SqliteFreelanceMonthTests(SqliteDatabaseFixture fixture) : FreelanceMonthTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresFreelanceMonthTests(PostgresDatabaseFixture fixture) : FreelanceMonthTests(fixture), IClassFixture<PostgresDatabaseFixture>;
