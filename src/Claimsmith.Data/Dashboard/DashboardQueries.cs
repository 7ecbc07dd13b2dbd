using System.Text;
using Claimsmith.Billing;
using Claimsmith.Coding.Decisions;
using Claimsmith.Data.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claimsmith.Data;

/// <summary>
/// The figures of the workbench dashboard, each one GROUP BY query in the database whatever the
/// number of claims (the same approach as <see cref="ReportQueries"/>): clean claim and first-pass
/// rates per month, denial work items by category, charts coded and time worked per coder and
/// week, and the acceptance of coding suggestions per coder and month. Raw SQL is not subject to
/// the global query filters, so every query names the organizations the context's scope allows
/// (<see cref="ReportQueries.OrganizationsInScope"/>). Periods are whole UTC days.
/// </summary>
public static class DashboardQueries
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    /// <summary>
    /// The weeks of a period: the first starts on <paramref name="from"/>, the others on Mondays
    /// (ISO 8601 weeks), the last one ends on <paramref name="to"/>.
    /// </summary>
    public static IReadOnlyList<DateOnly> Weeks(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }

        var weeks = new List<DateOnly> { from };
        var monday = from.AddDays(((int)DayOfWeek.Monday - (int)from.DayOfWeek + 7) % 7);
        for (var d = monday == from ? from.AddDays(7) : monday; d <= to; d = d.AddDays(7))
        {
            weeks.Add(d);
        }

        return weeks;
    }

    /// <summary>Clean claim and first-pass resolution counts of the claims first submitted in each of <paramref name="months"/> months from <paramref name="firstMonth"/>.</summary>
    public static async Task<IReadOnlyList<MonthlyClaimRates>> ClaimRatesByMonthAsync(this ClaimsmithDbContext db, DateOnly firstMonth, int months, Guid? organizationId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var starts = MonthStarts(firstMonth, months);
        var sql = new ReportSql(db);
        var orgs = db.OrganizationsInScope(organizationId);
        // The month is that of the first submission, numbered in a middle query so that PostgreSQL groups on a column.
        var query = $"""
            SELECT y.m AS "Month", COUNT(*) AS "Submitted", {ClaimMilestonesSql.Count(ClaimMilestonesSql.Clean("y"))} AS "Clean",
              {ClaimMilestonesSql.Count(ClaimMilestonesSql.Adjudicated("y"))} AS "Adjudicated",
              {ClaimMilestonesSql.Count(ClaimMilestonesSql.FirstPass("y"))} AS "FirstPass"
            FROM (
              SELECT {Bucket(sql, "x.sub", starts)} AS m, x.* FROM ({ClaimMilestonesSql.Rows(sql, orgs, starts[0], starts[^1])}) x) y
            GROUP BY y.m
            """;
        var rows = await db.Database.SqlQueryRaw<ClaimRatesRow>(query, sql.Values).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byMonth = rows.ToDictionary(r => r.Month);
        return [.. Enumerable.Range(0, months).Select(i => byMonth.TryGetValue(i, out var r)
            ? new MonthlyClaimRates(firstMonth.AddMonths(i), (int)r.Submitted, (int)r.Clean, (int)r.Adjudicated, (int)r.FirstPass)
            : new MonthlyClaimRates(firstMonth.AddMonths(i), 0, 0, 0, 0))];
    }

    /// <summary>Denial work items by category whose remittance is dated <paramref name="from"/> to <paramref name="to"/>, largest amount first.</summary>
    public static async Task<IReadOnlyList<DenialCategoryTotal>> DenialsByCategoryAsync(this ClaimsmithDbContext db, DateOnly from, DateOnly to, Guid? organizationId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = new ReportSql(db);
        var orgs = db.OrganizationsInScope(organizationId);
        var query = $"""
            SELECT w."Category" AS "Category", COUNT(*) AS "Items", COALESCE(SUM(w."AmountAtStake"), 0) AS "Total"
            FROM "DenialWorkItems" w
            WHERE w."RemittanceDate" >= {sql.Date(from)} AND w."RemittanceDate" <= {sql.Date(to)} AND {sql.InOrganizations("w.\"OrganizationId\"", orgs)}
            GROUP BY w."Category"
            """;
        var rows = await db.Database.SqlQueryRaw<DenialSqlRow>(query, sql.Values).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new DenialCategoryTotal((DenialCategory)r.Category, (int)r.Items, sql.Money(r.Total)))
            .OrderByDescending(r => r.AmountAtStake.Amount).ThenBy(r => r.Category)];
    }

    /// <summary>
    /// Charts first coded per coder and week (<see cref="Weeks"/>) from <paramref name="from"/> to
    /// <paramref name="to"/>, with the coder's time worked; only users who coded a chart in the
    /// period, most charts first. <paramref name="coder"/> narrows it to one user.
    /// </summary>
    public static async Task<IReadOnlyList<CoderProductivity>> CoderProductivityAsync(this ClaimsmithDbContext db, DateOnly from, DateOnly to, Guid? organizationId = null, string? coder = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var weeks = Weeks(from, to);
        var edges = weeks.Select(StartOf).Append(StartOf(to.AddDays(1))).ToList();
        var orgs = db.OrganizationsInScope(organizationId);

        // The first coder-level coding of each encounter is the chart counted (Productivity, CodedChart).
        var sql = new ReportSql(db);
        var byCoder = coder is null ? "" : $"AND c.\"Coder\" = {sql.Add(coder)}";
        var charts = $"""
            SELECT y."Coder" AS "Coder", y.w AS "Week", COUNT(*) AS "Charts" FROM (
              SELECT c."Coder", {Bucket(sql, "c.\"CodedAt\"", edges)} AS w
              FROM "CodedCharts" c
              WHERE c."Level" = {(int)CodingLevel.Coder} AND c."CodedAt" >= {sql.At(edges[0])} AND c."CodedAt" < {sql.At(edges[^1])}
                AND {sql.InOrganizations("c.\"OrganizationId\"", orgs)} {byCoder}
                AND NOT EXISTS (SELECT 1 FROM "CodedCharts" d WHERE d."EncounterId" = c."EncounterId" AND d."Level" = {(int)CodingLevel.Coder}
                  AND (d."CodedAt" < c."CodedAt" OR (d."CodedAt" = c."CodedAt" AND d."Id" < c."Id")))) y
            GROUP BY y."Coder", y.w
            """;
        var chartRows = await db.Database.SqlQueryRaw<ChartsSqlRow>(charts, sql.Values).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (chartRows.Count == 0)
        {
            return [];
        }

        var captured = await CapturedSecondsAsync(db, orgs, edges[0], edges[^1], coder, cancellationToken).ConfigureAwait(false);
        var entered = await EnteredMinutesAsync(db, orgs, from, to, coder, cancellationToken).ConfigureAwait(false);
        return [.. chartRows.GroupBy(r => r.Coder, StringComparer.Ordinal).Select(g =>
        {
            var perWeek = new int[weeks.Count];
            foreach (var r in g.Where(r => r.Week >= 0))
            {
                perWeek[r.Week] += (int)r.Charts;
            }

            return new CoderProductivity(g.Key, perWeek.Sum(), perWeek, captured.GetValueOrDefault(g.Key), entered.GetValueOrDefault(g.Key));
        }).OrderByDescending(p => p.Charts).ThenBy(p => p.Coder, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Suggestion acceptance per coder and month (<paramref name="months"/> months from
    /// <paramref name="firstMonth"/>): the latest decision in the period per document and suggested
    /// code, counted in the month and for the coder of that decision. <paramref name="coder"/> narrows it to one user.
    /// </summary>
    public static async Task<IReadOnlyList<SuggestionAcceptance>> SuggestionAcceptanceAsync(this ClaimsmithDbContext db, DateOnly firstMonth, int months, Guid? organizationId = null, string? coder = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var starts = MonthStarts(firstMonth, months);
        var sql = new ReportSql(db);
        var orgs = db.OrganizationsInScope(organizationId);
        var byCoder = coder is null ? "" : $"AND d.\"Coder\" = {sql.Add(coder)}";
        var added = (int)DecisionKind.Added;
        var end = sql.At(starts[^1]);
        var query = $"""
            SELECT y."Coder" AS "Coder", y.m AS "Month", COUNT(*) AS "Decided", COALESCE(SUM(CASE WHEN y."Kind" = {(int)DecisionKind.Accepted} THEN 1 ELSE 0 END), 0) AS "Accepted"
            FROM (
              SELECT d."Coder", d."Kind", {Bucket(sql, "d.\"DecidedAt\"", starts)} AS m
              FROM "CodingDecisions" d JOIN "SuggestionSets" s ON s."Id" = d."SetId" JOIN "Encounters" e ON e."Id" = s."EncounterId"
              WHERE d."Kind" <> {added} AND d."DecidedAt" >= {sql.At(starts[0])} AND d."DecidedAt" < {end}
                AND {sql.InOrganizations("e.\"OrganizationId\"", orgs)} {byCoder}
                AND NOT EXISTS (SELECT 1 FROM "CodingDecisions" o WHERE o."DocumentId" = d."DocumentId" AND o."SuggestedCode" = d."SuggestedCode"
                  AND o."Kind" <> {added} AND o."DecidedAt" < {end}
                  AND (o."DecidedAt" > d."DecidedAt" OR (o."DecidedAt" = d."DecidedAt" AND o."Id" > d."Id")))) y
            GROUP BY y."Coder", y.m
            """;
        var rows = await db.Database.SqlQueryRaw<AcceptanceSqlRow>(query, sql.Values).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Where(r => r.Month >= 0)
            .Select(r => new SuggestionAcceptance(r.Coder, firstMonth.AddMonths(r.Month), (int)r.Decided, (int)r.Accepted))
            .OrderBy(r => r.Month).ThenBy(r => r.Coder, StringComparer.Ordinal)];
    }

    // Captured time as WorkSessions builds it: each event of a user (all clients, so that moving to
    // another client ends an interval) up to the user's next event counts for the earlier event's
    // client when the gap is at most the idle pause and the earlier event is not an End.
    private static async Task<Dictionary<string, long>> CapturedSecondsAsync(ClaimsmithDbContext db, IReadOnlyList<Guid>? orgs, DateTimeOffset start, DateTimeOffset end, string? coder, CancellationToken ct)
    {
        var sql = new ReportSql(db);
        var byUser = coder is null ? "" : $"AND e.\"User\" = {sql.Add(coder)}";
        var pause = WorkSessions.DefaultPause;
        // SQLite stores instants as EF Core's binary form (ticks / 1000, shifted left 11 bits); the
        // difference of two UTC values is linear in time, so the pause is converted the same way.
        var unitsPerSecond = (long)Instant.ConvertToProvider(DateTimeOffset.UnixEpoch.AddSeconds(1))! - (long)Instant.ConvertToProvider(DateTimeOffset.UnixEpoch)!;
        var gap = sql.Sqlite ? "(y.nxt - y.at)" : "EXTRACT(EPOCH FROM (y.nxt - y.at))";
        // Boxed apart: a conditional of long and decimal would be a decimal, which SQLite binds as text.
        var limit = sql.Sqlite ? sql.Add((long)pause.TotalSeconds * unitsPerSecond) : sql.Add((decimal)pause.TotalSeconds);
        var query = $"""
            SELECT y."User" AS "User", COALESCE(SUM({gap}), 0) AS "Total" FROM (
              SELECT e."User", e."OrganizationId" AS org, e."Kind" AS kind, e."At" AS at,
                LEAD(e."At") OVER (PARTITION BY e."User" ORDER BY e."At", e."Id") AS nxt
              FROM "ActivityEvents" e
              WHERE e."At" >= {sql.At(start)} AND e."At" < {sql.At(end)} {byUser}) y
            WHERE y.nxt IS NOT NULL AND y.kind <> {(int)ActivityEventKind.End} AND {gap} <= {limit}
              AND {sql.InOrganizations("y.org", orgs)}
            GROUP BY y."User"
            """;
        var rows = await db.Database.SqlQueryRaw<UserTotalRow>(query, sql.Values).ToListAsync(ct).ConfigureAwait(false);
        return rows.ToDictionary(r => r.User, r => (long)(sql.Sqlite ? r.Total / unitsPerSecond : r.Total), StringComparer.Ordinal);
    }

    // Time entered by hand: the entries no later entry supersedes (TimeEntries.Effective), dated in the period.
    private static async Task<Dictionary<string, long>> EnteredMinutesAsync(ClaimsmithDbContext db, IReadOnlyList<Guid>? orgs, DateOnly from, DateOnly to, string? coder, CancellationToken ct)
    {
        var sql = new ReportSql(db);
        var byUser = coder is null ? "" : $"AND t.\"User\" = {sql.Add(coder)}";
        var query = $"""
            SELECT t."User" AS "User", COALESCE(SUM(t."Minutes"), 0) AS "Total" FROM "TimeEntries" t
            WHERE t."Date" >= {sql.Date(from)} AND t."Date" <= {sql.Date(to)} AND {sql.InOrganizations("t.\"OrganizationId\"", orgs)} {byUser}
              AND NOT EXISTS (SELECT 1 FROM "TimeEntries" n WHERE n."SupersedesId" = t."Id")
            GROUP BY t."User"
            """;
        var rows = await db.Database.SqlQueryRaw<UserTotalRow>(query, sql.Values).ToListAsync(ct).ConfigureAwait(false);
        return rows.ToDictionary(r => r.User, r => (long)r.Total, StringComparer.Ordinal);
    }

    private static List<DateTimeOffset> MonthStarts(DateOnly firstMonth, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfNotEqual(firstMonth.Day, 1);
        return [.. Enumerable.Range(0, months + 1).Select(i => StartOf(firstMonth.AddMonths(i)))];
    }

    // CASE WHEN column < edge1 THEN 0 WHEN column < edge2 THEN 1 ... for a column already limited to [edge0, edgeN).
    private static string Bucket(ReportSql sql, string column, List<DateTimeOffset> edges)
    {
        var text = new StringBuilder("CASE");
        for (var i = 1; i < edges.Count; i++)
        {
            text.Append(" WHEN ").Append(column).Append(" < ").Append(sql.At(edges[i])).Append(" THEN ").Append(i - 1);
        }

        return text.Append(" ELSE -1 END").ToString();
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private sealed record ClaimRatesRow(int Month, long Submitted, long Clean, long Adjudicated, long FirstPass);

    private sealed record DenialSqlRow(int Category, long Items, decimal Total);

    private sealed record ChartsSqlRow(string Coder, int Week, long Charts);

    private sealed record AcceptanceSqlRow(string Coder, int Month, long Decided, long Accepted);

    private sealed record UserTotalRow(string User, decimal Total);
}
