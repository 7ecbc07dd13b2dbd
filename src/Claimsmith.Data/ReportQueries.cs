using Claimsmith.Billing;
using Claimsmith.Data.Internal;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>
/// A/R aging and revenue-cycle measures, aggregated in the database: each report is a handful of
/// GROUP BY queries over the ledger and the claim status history whatever the number of claims,
/// never a load of claims into memory. Raw SQL is not subject to the global query filters, so
/// every query names the organizations the context's scope allows (<see cref="OrganizationsInScope"/>).
/// </summary>
public static class ReportQueries
{
    /// <summary>
    /// The organizations a report covers: <paramref name="organizationId"/> when given (and in
    /// scope, else none), otherwise every organization in scope (null = all, unrestricted).
    /// </summary>
    public static IReadOnlyList<Guid>? OrganizationsInScope(this ClaimsmithDbContext db, Guid? organizationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scope = db.OrganizationScope;
        if (organizationId is { } id)
        {
            return scope.Allows(id) ? [id] : [];
        }

        return scope.IsUnrestricted ? null : scope.OrganizationIds;
    }

    /// <summary>A/R aging on <paramref name="asOf"/> by payer or by patient (see <see cref="AgingReport"/>).</summary>
    public static async Task<AgingReport> AgingAsync(this ClaimsmithDbContext db, AgingBy by, DateOnly asOf, Guid? organizationId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sql = new ReportSql(db);
        var orgs = db.OrganizationsInScope(organizationId);
        var key = by == AgingBy.Payer ? "c.\"PayerId\"" : "c.\"PatientId\"";
        var bucket = by == AgingBy.Payer ? (int)LedgerBucket.Insurance : (int)LedgerBucket.Patient;
        // Bucket edges as dates: a claim whose first date of service is on or after asOf-30 is 0-30 days old.
        var query = $"""
            SELECT x."Key" AS "Key", x."Bucket" AS "Bucket", SUM(x."Total") AS "Total", COUNT(*) AS "Claims" FROM (
              SELECT {key} AS "Key",
                CASE WHEN c."ServiceFrom" >= {sql.Date(asOf.AddDays(-30))} THEN 0
                     WHEN c."ServiceFrom" >= {sql.Date(asOf.AddDays(-60))} THEN 1
                     WHEN c."ServiceFrom" >= {sql.Date(asOf.AddDays(-90))} THEN 2
                     WHEN c."ServiceFrom" >= {sql.Date(asOf.AddDays(-120))} THEN 3
                     ELSE 4 END AS "Bucket",
                SUM(e."Amount") AS "Total"
              FROM "LedgerEntries" e JOIN "Claims" c ON c."Id" = e."ClaimId"
              WHERE e."Bucket" = {sql.Add(bucket)} AND e."PostedAt" < {sql.At(EndOf(asOf))} AND {sql.InOrganizations("e.\"OrganizationId\"", orgs)}
              GROUP BY c."Id", {key}, c."ServiceFrom"
              HAVING SUM(e."Amount") > 0) x
            GROUP BY x."Key", x."Bucket"
            """;
        var rows = await db.Database.SqlQueryRaw<AgingSqlRow>(query, sql.Values).ToListAsync(cancellationToken).ConfigureAwait(false);

        var byKey = new Dictionary<Guid, (AgingTotals Aging, int Claims)>();
        var totals = AgingTotals.Empty;
        foreach (var row in rows)
        {
            var amount = sql.Money(row.Total);
            var id = row.Key;
            var current = byKey.GetValueOrDefault(id, (AgingTotals.Empty, 0));
            byKey[id] = (current.Item1.Add((AgingBucket)row.Bucket, amount), current.Item2 + (int)row.Claims);
            totals = totals.Add((AgingBucket)row.Bucket, amount);
        }

        var ids = byKey.Keys.ToList();
        var names = new Dictionary<Guid, (string Name, string? Account)>();
        foreach (var chunk in ids.Chunk(500))
        {
            if (by == AgingBy.Payer)
            {
                foreach (var p in await db.Payers.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    names[p.Id] = (p.Name, null);
                }
            }
            else
            {
                // Names are decrypted after reading; they cannot be joined or sorted in SQL.
                foreach (var p in await db.Patients.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.LastName, p.FirstName, p.AccountNumber }).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    names[p.Id] = (p.LastName + ", " + p.FirstName, p.AccountNumber);
                }
            }
        }

        var result = byKey
            .Select(kv => new AgingRow(kv.Key, names.TryGetValue(kv.Key, out var n) ? n.Name : "", names.TryGetValue(kv.Key, out var m) ? m.Account : null, kv.Value.Claims, kv.Value.Aging))
            .OrderByDescending(r => r.Aging.Total.Amount).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new AgingReport { By = by, AsOf = asOf, Rows = result, Totals = totals };
    }

    /// <summary>The revenue-cycle measures for <paramref name="from"/> to <paramref name="to"/> (inclusive, UTC days).</summary>
    public static async Task<RevenueCycleMeasures> RevenueCycleAsync(this ClaimsmithDbContext db, DateOnly from, DateOnly to, Guid? organizationId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }

        var orgs = db.OrganizationsInScope(organizationId);
        var claims = await ClaimCountsAsync(db, orgs, from, to, cancellationToken).ConfigureAwait(false);
        var period = await MoneyByKindAsync(db, orgs, StartOf(from), EndOf(to), cancellationToken).ConfigureAwait(false);
        var last90 = await MoneyByKindAsync(db, orgs, StartOf(to.AddDays(-89)), EndOf(to), cancellationToken).ConfigureAwait(false);

        var arSql = new ReportSql(db);
        var arQuery = $"""SELECT COALESCE(SUM(e."Amount"), 0) AS "Value" FROM "LedgerEntries" e WHERE e."PostedAt" < {arSql.At(EndOf(to))} AND {arSql.InOrganizations("e.\"OrganizationId\"", orgs)}""";
        var arTotal = arSql.Money((await db.Database.SqlQueryRaw<decimal>(arQuery, arSql.Values).ToListAsync(cancellationToken).ConfigureAwait(false)).Single());

        var charges = Sum(period, r => r.Kind == LedgerEntryKind.Charge);
        var payments = Sum(period, r => r.Kind == LedgerEntryKind.Payment) + Sum(period, r => r.Kind == LedgerEntryKind.Adjustment && r.ReasonCode == PatientBilling.RefundReason);
        var contractual = Money.Zero;
        var denials = new Dictionary<DenialCategory, Money>();
        foreach (var row in period.Where(r => r.Kind == LedgerEntryKind.Adjustment && r.ReasonCode != PatientBilling.RefundReason))
        {
            if (row.ReasonCode?.Split('-', 2) is not [var group, var carc])
            {
                continue;
            }

            var c = DenialClassifier.Classify(group, carc);
            // Ledger write-offs are negative; reports show them as positive amounts.
            if (c.Category == DenialCategory.Contractual)
            {
                contractual -= row.Total;
            }
            else if (c.IsDenial)
            {
                denials[c.Category] = denials.GetValueOrDefault(c.Category) - row.Total;
            }
        }

        var charges90 = Sum(last90, r => r.Kind == LedgerEntryKind.Charge);
        var collectedPayments = -payments;
        return new RevenueCycleMeasures
        {
            From = from,
            To = to,
            ClaimsSubmitted = (int)claims.Submitted,
            CleanClaims = (int)claims.Clean,
            ClaimsAdjudicated = (int)claims.Adjudicated,
            InitiallyDenied = (int)claims.Denied,
            FirstPassResolved = (int)claims.FirstPass,
            CleanClaimRate = RevenueCycleMeasures.Rate(claims.Clean, claims.Submitted),
            InitialDenialRate = RevenueCycleMeasures.Rate(claims.Denied, claims.Adjudicated),
            FirstPassResolutionRate = RevenueCycleMeasures.Rate(claims.FirstPass, claims.Adjudicated),
            TotalAr = arTotal,
            Charges90Days = charges90,
            DaysInAr = charges90 > Money.Zero ? decimal.Round(arTotal.Amount / (charges90.Amount / 90m), 2, MidpointRounding.AwayFromZero) : null,
            Charges = charges,
            Payments = collectedPayments,
            ContractualAdjustments = contractual,
            NetCollectionRate = RevenueCycleMeasures.Rate(collectedPayments.Amount, (charges - contractual).Amount),
            DenialsByCategory = denials.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value),
        };
    }

    private static Money Sum(List<MoneyRow> rows, Func<MoneyRow, bool> where) => Money.Sum(rows.Where(where).Select(r => r.Total));

    // Sums entries posted in [start, end) by the kind, bucket and reason of what they record: a
    // reversal counts as the kind and reason of the entry it reverses (joined once, in SQL).
    private static async Task<List<MoneyRow>> MoneyByKindAsync(ClaimsmithDbContext db, IReadOnlyList<Guid>? orgs, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var sql = new ReportSql(db);
        var query = $"""
            SELECT COALESCE(o."Kind", e."Kind") AS "Kind", COALESCE(o."ReasonCode", e."ReasonCode") AS "ReasonCode", SUM(e."Amount") AS "Total"
            FROM "LedgerEntries" e LEFT JOIN "LedgerEntries" o ON o."Id" = e."ReversesEntryId"
            WHERE e."PostedAt" >= {sql.At(start)} AND e."PostedAt" < {sql.At(end)} AND {sql.InOrganizations("e.\"OrganizationId\"", orgs)}
              AND COALESCE(o."Kind", e."Kind") <> {sql.Add((int)LedgerEntryKind.Transfer)}
            GROUP BY COALESCE(o."Kind", e."Kind"), COALESCE(o."ReasonCode", e."ReasonCode")
            """;
        var rows = await db.Database.SqlQueryRaw<MoneySqlRow>(query, sql.Values).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(r => new MoneyRow((LedgerEntryKind)r.Kind, r.ReasonCode, sql.Money(r.Total))).ToList();
    }

    // One row per claim first submitted in the period with the first time it reached each status,
    // then counted by the definitions of RevenueCycleMeasures.
    private static async Task<ClaimCountsRow> ClaimCountsAsync(ClaimsmithDbContext db, IReadOnlyList<Guid>? orgs, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var sql = new ReportSql(db);
        var query = $"""
            SELECT COUNT(*) AS "Submitted", {ClaimMilestonesSql.Count(ClaimMilestonesSql.Clean("x"))} AS "Clean",
              {ClaimMilestonesSql.Count(ClaimMilestonesSql.Adjudicated("x"))} AS "Adjudicated",
              {ClaimMilestonesSql.Count(ClaimMilestonesSql.InitiallyDenied("x"))} AS "Denied",
              {ClaimMilestonesSql.Count(ClaimMilestonesSql.FirstPass("x"))} AS "FirstPass"
            FROM ({ClaimMilestonesSql.Rows(sql, orgs, StartOf(from), EndOf(to))}) x
            """;
        return (await db.Database.SqlQueryRaw<ClaimCountsRow>(query, sql.Values).ToListAsync(ct).ConfigureAwait(false)).Single();
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));

    private sealed record AgingSqlRow(Guid Key, int Bucket, decimal Total, long Claims);

    private sealed record MoneySqlRow(int Kind, string? ReasonCode, decimal Total);

    private sealed record MoneyRow(LedgerEntryKind Kind, string? ReasonCode, Money Total);

    private sealed record ClaimCountsRow(long Submitted, long Clean, long Adjudicated, long Denied, long FirstPass);
}
