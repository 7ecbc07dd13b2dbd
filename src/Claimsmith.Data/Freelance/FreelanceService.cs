using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Freelance;

/// <summary>
/// Loads what the freelance rules need from the database and stores their results: sessions,
/// invoices (computed by <see cref="InvoiceCalculator"/>, numbered, immutable once issued),
/// payments, aging, productivity, quality reviews and reports. Everything goes through the
/// context's organization scope. Days are UTC days.
/// </summary>
public sealed class FreelanceService(ClaimsmithDbContext db, TimeProvider clock)
{
    /// <summary>Label of captured time (and of corrections of it) on invoices.</summary>
    public const string CapturedTimeLabel = "Captured work time";

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Work sessions from the activity events between two days (inclusive), optionally of one client and user.</summary>
    public async Task<IReadOnlyList<WorkSession>> SessionsAsync(DateOnly from, DateOnly to, Guid? organizationId, string? user, TimeSpan pause, CancellationToken cancellationToken = default)
    {
        var start = StartOf(from);
        var end = StartOf(to.AddDays(1));
        var query = db.ActivityEvents.AsNoTracking().Where(e => e.At >= start && e.At < end);
        if (user is not null)
        {
            query = query.Where(e => e.User == user);
        }

        // All clients' events of the user are needed to end a session when the user moves to another client.
        var events = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        var sessions = WorkSessions.Build(events, pause);
        return organizationId is { } org ? [.. sessions.Select(s => s.For(org)).OfType<WorkSession>()] : sessions;
    }

    /// <summary>The effective manual time entries between two days (corrections applied).</summary>
    public async Task<IReadOnlyList<TimeEntry>> EffectiveEntriesAsync(DateOnly from, DateOnly to, Guid? organizationId, string? user, CancellationToken cancellationToken = default)
    {
        var query = db.TimeEntries.AsNoTracking();
        if (organizationId is { } org)
        {
            query = query.Where(e => e.OrganizationId == org);
        }

        if (user is not null)
        {
            query = query.Where(e => e.User == user);
        }

        // Corrections may be dated differently from what they correct, so apply them over all rows first.
        var all = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. TimeEntries.Effective(all).Where(e => e.Date >= from && e.Date <= to)];
    }

    /// <summary>Coder-level coded charts whose first coding falls between two days, optionally of one client and coder.</summary>
    public async Task<IReadOnlyList<CodedChart>> FirstCodingsAsync(DateOnly from, DateOnly to, Guid? organizationId, string? coder, CancellationToken cancellationToken = default)
    {
        var end = StartOf(to.AddDays(1));
        var query = db.CodedCharts.AsNoTracking().Where(c => c.Level == CodingLevel.Coder && c.CodedAt < end);
        if (organizationId is { } org)
        {
            query = query.Where(c => c.OrganizationId == org);
        }

        if (coder is not null)
        {
            query = query.Where(c => c.Coder == coder);
        }

        var start = StartOf(from);
        var rows = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.GroupBy(c => c.EncounterId).Select(g => g.OrderBy(c => c.CodedAt).First()).Where(c => c.CodedAt >= start).OrderBy(c => c.CodedAt)];
    }

    /// <summary>What an invoice for <paramref name="client"/> over the period is computed from.</summary>
    public async Task<InvoiceInput> InvoiceInputAsync(FreelanceClient client, DateOnly periodStart, DateOnly periodEnd, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var contracts = await db.FreelanceContracts.AsNoTracking().Where(c => c.ClientId == client.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sessions = await SessionsAsync(periodStart, periodEnd, client.OrganizationId, client.VendorUser, TimeSpan.FromMinutes(client.IdlePauseMinutes), cancellationToken).ConfigureAwait(false);
        var entries = await EffectiveEntriesAsync(periodStart, periodEnd, client.OrganizationId, client.VendorUser, cancellationToken).ConfigureAwait(false);
        var time = sessions.SelectMany(s => s.Intervals)
            .GroupBy(i => i.Date)
            .Select(g => new BillableTime(g.Key, (long)g.Sum(i => i.Duration.TotalSeconds), CapturedTimeLabel))
            .Concat(entries.Select(e => new BillableTime(e.Date, e.Minutes * 60L, e.Category == TimeEntryCategory.CapturedCorrection ? CapturedTimeLabel : Label(e.Category))))
            .ToList();
        var charts = (await FirstCodingsAsync(periodStart, periodEnd, client.OrganizationId, client.VendorUser, cancellationToken).ConfigureAwait(false))
            .Select(c => new BillableChart(c.EncounterId, c.ChartType, DateOnly.FromDateTime(c.CodedAt.UtcDateTime)))
            .ToList();
        return new InvoiceInput
        {
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Contracts = contracts,
            Time = time,
            Charts = charts,
            Collections = await CollectionsAsync(client.OrganizationId, periodStart, periodEnd, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// Insurance and patient payments posted to the client's claims in the period (positive), and
    /// reversals of payments posted in the period (negative): the ledger's money in, by posting date.
    /// </summary>
    public async Task<IReadOnlyList<Collection>> CollectionsAsync(Guid organizationId, DateOnly periodStart, DateOnly periodEnd, CancellationToken cancellationToken = default)
    {
        var start = StartOf(periodStart);
        var end = StartOf(periodEnd.AddDays(1));
        var payments = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.OrganizationId == organizationId && e.PostedAt >= start && e.PostedAt < end)
            .Where(e => e.Kind == LedgerEntryKind.Payment
                || (e.Kind == LedgerEntryKind.Reversal && db.LedgerEntries.Any(p => p.Id == e.ReversesEntryId && p.Kind == LedgerEntryKind.Payment)))
            .Select(e => new { e.PostedAt, e.Bucket, e.Amount })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Payments are negative on the ledger (they reduce what is owed); collections are their negation.
        return [.. payments.OrderBy(p => p.PostedAt).Select(p => new Collection(DateOnly.FromDateTime(p.PostedAt.UtcDateTime), p.Bucket, -p.Amount))];
    }

    /// <summary>Computes the invoice without issuing it.</summary>
    public async Task<InvoiceDraft> PreviewAsync(FreelanceClient client, DateOnly periodStart, DateOnly periodEnd, CancellationToken cancellationToken = default) =>
        InvoiceCalculator.Compute(await InvoiceInputAsync(client, periodStart, periodEnd, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Computes, numbers and stores the invoice of a client for a period. Refused
    /// (<c>invoice.exists</c>) when an issued invoice covers the same period: void it first, or
    /// use <see cref="ReissueAsync"/>.
    /// </summary>
    public async Task<InvoiceResult> IssueAsync(Guid clientId, DateOnly periodStart, DateOnly periodEnd, string issuedBy, CancellationToken cancellationToken = default) =>
        await IssueCoreAsync(clientId, periodStart, periodEnd, issuedBy, null, cancellationToken).ConfigureAwait(false);

    /// <summary>Voids an issued invoice and issues its replacement for the same period in one transaction.</summary>
    public async Task<InvoiceResult> ReissueAsync(Guid invoiceId, string reason, string by, CancellationToken cancellationToken = default)
    {
        var old = await db.ClientInvoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken).ConfigureAwait(false);
        if (old is null)
        {
            return InvoiceResult.Fail(new BillingIssue("invoice.notFound", "invoiceId", "No such invoice."));
        }

        if (old.Status != InvoiceStatus.Issued)
        {
            return InvoiceResult.Fail(new BillingIssue("invoice.void", "invoiceId", "The invoice is void already."));
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        old.Void(by, reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var result = await IssueCoreAsync(old.ClientId, old.PeriodStart, old.PeriodEnd, by, old.Id, cancellationToken).ConfigureAwait(false);
        if (result.Invoice is null)
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Voids an issued invoice; false when it was void already.</summary>
    public async Task<bool> VoidAsync(ClientInvoice invoice, string reason, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (!invoice.Void(by, reason, clock.GetUtcNow()))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<InvoiceResult> IssueCoreAsync(Guid clientId, DateOnly periodStart, DateOnly periodEnd, string issuedBy, Guid? replaces, CancellationToken cancellationToken)
    {
        if (periodEnd < periodStart)
        {
            return InvoiceResult.Fail(new BillingIssue("invoice.period", "period", "The period ends before it starts."));
        }

        var client = await db.FreelanceClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken).ConfigureAwait(false);
        if (client is null)
        {
            return InvoiceResult.Fail(new BillingIssue("invoice.client", "clientId", "No such client."));
        }

        if (await db.ClientInvoices.AnyAsync(i => i.ClientId == clientId && i.Status == InvoiceStatus.Issued && i.PeriodStart <= periodEnd && i.PeriodEnd >= periodStart, cancellationToken).ConfigureAwait(false))
        {
            return InvoiceResult.Fail(new BillingIssue("invoice.exists", "period", "An issued invoice already covers this period: void it or reissue it."));
        }

        var draft = await PreviewAsync(client, periodStart, periodEnd, cancellationToken).ConfigureAwait(false);
        if (draft.Lines.Count == 0)
        {
            return InvoiceResult.Fail([new("invoice.empty", "period", "Nothing to bill in the period."), .. draft.Issues]);
        }

        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == client.OrganizationId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var issueDate = DateOnly.FromDateTime(now.UtcDateTime);
        var invoice = new ClientInvoice
        {
            ClientId = client.Id,
            OrganizationId = client.OrganizationId,
            Number = await db.NextInvoiceNumberAsync(cancellationToken).ConfigureAwait(false),
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            IssueDate = issueDate,
            DueDate = issueDate.AddDays(draft.PaymentTermsDays),
            Status = InvoiceStatus.Issued,
            Subtotal = draft.Subtotal,
            MinimumFeeAdjustment = draft.MinimumFeeAdjustment,
            Total = draft.Total,
            ClientName = organization.Name,
            VendorName = client.VendorName ?? client.VendorUser,
            IssuedBy = issuedBy,
            IssuedAt = now,
            ReplacesInvoiceId = replaces,
        };
        invoice.Lines = [.. draft.Lines.Select((l, i) => new ClientInvoiceLine
        {
            InvoiceId = invoice.Id,
            Sequence = i + 1,
            Kind = l.Kind,
            ChartType = l.ChartType,
            Description = l.Description,
            Quantity = l.Quantity,
            Rate = l.Rate,
            Amount = l.Amount,
        })];
        db.ClientInvoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new InvoiceResult(invoice, draft.Issues);
    }

    /// <summary>The aging of open invoices on <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<ClientAging>> AgingAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var invoices = await db.ClientInvoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Issued).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = invoices.Select(i => i.Id).ToList();
        var payments = await db.InvoicePayments.AsNoTracking().Where(p => ids.Contains(p.InvoiceId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return InvoiceAging.ByClient(invoices, payments, asOf);
    }

    /// <summary>Productivity of a coder (or everyone) on a client (or every client) between two days.</summary>
    public async Task<ProductivityReport> ProductivityAsync(DateOnly from, DateOnly to, Guid? organizationId, string? coder, CancellationToken cancellationToken = default)
    {
        var charts = await FirstCodingsAsync(from, to, organizationId, coder, cancellationToken).ConfigureAwait(false);
        var encounterIds = charts.Select(c => c.EncounterId).ToList();
        var reviews = await db.CodedCharts.AsNoTracking()
            .Where(c => c.Level == CodingLevel.SecondLevelReview && encounterIds.Contains(c.EncounterId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var sessions = await SessionsAsync(from, to, organizationId, coder, WorkSessions.DefaultPause, cancellationToken).ConfigureAwait(false);
        var entries = await EffectiveEntriesAsync(from, to, organizationId, coder, cancellationToken).ConfigureAwait(false);
        var start = StartOf(from);
        var end = StartOf(to.AddDays(1));
        var decisions = db.CodingDecisions.AsNoTracking().Where(d => d.DecidedAt >= start && d.DecidedAt < end);
        if (coder is not null)
        {
            decisions = decisions.Where(d => d.Coder == coder);
        }

        if (organizationId is { } org)
        {
            decisions = decisions.Where(d => db.SuggestionSets.Any(s => s.Id == d.SetId && db.Encounters.Any(e => e.Id == s.EncounterId && e.OrganizationId == org)));
        }

        var decided = await decisions.ToListAsync(cancellationToken).ConfigureAwait(false);
        return Productivity.Compute(charts, reviews, sessions.SelectMany(s => s.Intervals), entries.Sum(e => e.Minutes * 60L), decided);
    }

    /// <summary>
    /// Starts a quality review: samples up to <paramref name="sampleSize"/> of the charts
    /// <paramref name="coder"/> first coded for the client in the period (<see cref="QualitySampler"/>
    /// with <paramref name="seed"/>) and copies the coder's codes for the auditor to re-code.
    /// </summary>
    public async Task<QualityReview> StartReviewAsync(Guid organizationId, string coder, DateOnly from, DateOnly to, int sampleSize, long seed, string auditor, CancellationToken cancellationToken = default)
    {
        var charts = await FirstCodingsAsync(from, to, organizationId, coder, cancellationToken).ConfigureAwait(false);
        var sample = QualitySampler.Sample(charts.Select(c => c.EncounterId), seed, sampleSize);
        var byEncounter = charts.ToDictionary(c => c.EncounterId);
        var review = new QualityReview
        {
            OrganizationId = organizationId,
            Coder = coder,
            From = from,
            To = to,
            SampleSize = sampleSize,
            Seed = seed,
            Auditor = auditor,
            CreatedAt = clock.GetUtcNow(),
        };
        review.Items = [.. sample.Select(id => new QualityReviewItem { ReviewId = review.Id, EncounterId = id, ChartType = byEncounter[id].ChartType, CoderCodes = byEncounter[id].Codes })];
        db.QualityReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return review;
    }

    /// <summary>Accuracy over the re-coded charts of the given reviews.</summary>
    public static AccuracyReport Accuracy(IEnumerable<QualityReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return QualityAccuracy.Compute(reviews.SelectMany(r => r.Items).Where(i => i.AuditorCodes is not null)
            .Select(i => new ReviewedChart(i.EncounterId, i.ChartType, CodeLists.Parse(i.CoderCodes), CodeLists.Parse(i.AuditorCodes))));
    }

    /// <summary>Quality reviews of a coder (or every coder) on a client (or every client) whose period overlaps the days.</summary>
    public async Task<IReadOnlyList<QualityReview>> ReviewsAsync(DateOnly from, DateOnly to, Guid? organizationId, string? coder, CancellationToken cancellationToken = default)
    {
        var query = db.QualityReviews.AsNoTracking().Include(r => r.Items).Where(r => r.From <= to && r.To >= from);
        if (organizationId is { } org)
        {
            query = query.Where(r => r.OrganizationId == org);
        }

        if (coder is not null)
        {
            query = query.Where(r => r.Coder == coder);
        }

        return await query.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The client's report for a period: counts, hours, turnaround, accuracy; nothing about any patient.</summary>
    public async Task<ClientReport> ClientReportAsync(FreelanceClient client, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == client.OrganizationId, cancellationToken).ConfigureAwait(false);
        var productivity = await ProductivityAsync(from, to, client.OrganizationId, client.VendorUser, cancellationToken).ConfigureAwait(false);
        var accuracy = Accuracy(await ReviewsAsync(from, to, client.OrganizationId, client.VendorUser, cancellationToken).ConfigureAwait(false));
        var audited = accuracy.ChartsReviewed > 0;
        return new ClientReport
        {
            ClientName = organization.Name,
            PeriodStart = from,
            PeriodEnd = to,
            ChartsByType = productivity.ByChartType,
            ChartsCoded = productivity.ChartsCoded,
            Hours = productivity.Hours,
            AverageTurnaroundHours = productivity.AverageTurnaroundHours,
            MedianTurnaroundHours = productivity.MedianTurnaroundHours,
            ChartsSecondLevelReviewed = productivity.ChartsSecondLevelReviewed,
            CodesChangedByReview = productivity.CodesChangedByReview,
            ChartsAudited = accuracy.ChartsReviewed,
            CodeAccuracy = audited ? accuracy.CodeAccuracy : null,
            ChartAccuracy = audited ? accuracy.ChartAccuracy : null,
            MeetsStandard = audited ? accuracy.MeetsStandard : null,
        };
    }

    /// <summary>A coder's week from <paramref name="weekStart"/> (seven days), over every client in scope.</summary>
    public async Task<CoderWeekReport> CoderWeekAsync(string coder, DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        var weekEnd = weekStart.AddDays(6);
        var sessions = await SessionsAsync(weekStart, weekEnd, null, coder, WorkSessions.DefaultPause, cancellationToken).ConfigureAwait(false);
        var entries = await EffectiveEntriesAsync(weekStart, weekEnd, null, coder, cancellationToken).ConfigureAwait(false);
        var charts = await FirstCodingsAsync(weekStart, weekEnd, null, coder, cancellationToken).ConfigureAwait(false);
        var intervals = sessions.SelectMany(s => s.Intervals).ToList();
        var days = Enumerable.Range(0, 7).Select(weekStart.AddDays).Select(d => new CoderDay(
            d,
            InvoiceCalculator.Round((decimal)intervals.Where(i => i.Date == d).Sum(i => i.Duration.TotalSeconds) / 3600m),
            InvoiceCalculator.Round(entries.Where(e => e.Date == d).Sum(e => e.Minutes) / 60m),
            charts.Count(c => DateOnly.FromDateTime(c.CodedAt.UtcDateTime) == d))).ToList();
        return new CoderWeekReport(coder, weekStart, days, await ProductivityAsync(weekStart, weekEnd, null, coder, cancellationToken).ConfigureAwait(false));
    }

    private static string Label(TimeEntryCategory category) => category switch
    {
        TimeEntryCategory.Coding => "Coding (entered)",
        TimeEntryCategory.Meeting => "Meetings",
        TimeEntryCategory.Audit => "Audits",
        TimeEntryCategory.Training => "Training",
        TimeEntryCategory.Administration => "Administration",
        TimeEntryCategory.CapturedCorrection => CapturedTimeLabel,
        _ => "Other",
    };
}
