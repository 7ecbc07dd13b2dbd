using Claimsmith.Billing;
using Claimsmith.Data.Internal;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>
/// Patient billing against the database: statements built from the ledger, statement runs,
/// patient payments and refunds, payment plan standing. Reads go through the context's
/// organization filters; the candidate query of a run names the organizations in scope itself.
/// </summary>
public static class PatientStatements
{
    /// <summary>Builds the current statement of one patient (not stored), or null when the patient is not found.</summary>
    public static async Task<PatientStatement?> BuildAsync(this ClaimsmithDbContext db, Guid patientId, DateOnly statementDate, string statementNumber, int dueInDays = 30, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == patientId, cancellationToken).ConfigureAwait(false);
        if (patient is null)
        {
            return null;
        }

        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == patient.OrganizationId, cancellationToken).ConfigureAwait(false);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => c.PatientId == patientId).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.PatientId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var plan = await db.PaymentPlans.AsNoTracking().Where(p => p.PatientId == patientId && p.Status == PaymentPlanStatus.Active)
            .OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        Money? installment = null;
        if (plan is not null)
        {
            var standing = PaymentPlanSchedule.Standing(plan, PatientPayments(entries), statementDate);
            installment = standing.PastDue + (standing.Next is { State: not PlanInstallmentState.PastDue } next ? next.Amount - next.Paid : Money.Zero);
        }

        return StatementBuilder.Build(new StatementRequest
        {
            Organization = org,
            Patient = patient,
            Claims = claims,
            Entries = entries,
            StatementNumber = statementNumber,
            StatementDate = statementDate,
            DueInDays = dueInDays,
            PlanInstallmentDue = installment,
        });
    }

    /// <summary>
    /// Sends statements: every patient whose patient balance exceeds the minimum and who was not
    /// sent one within the skip window gets a numbered statement, stored with what it showed.
    /// Candidates are found with one aggregate query over the ledger.
    /// </summary>
    public static async Task<IReadOnlyList<(StatementRecord Record, PatientStatement Statement)>> RunStatementsAsync(
        this ClaimsmithDbContext db, StatementRunOptions options, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var sql = new ReportSql(db);
        var orgs = db.OrganizationsInScope(options.OrganizationId);
        var threshold = sql.Sqlite ? sql.Add(options.MinimumBalance.Cents) : sql.Add(options.MinimumBalance.Amount);
        var query = $"""
            SELECT e."PatientId" AS "Value" FROM "LedgerEntries" e
            WHERE e."Bucket" = {sql.Add((int)LedgerBucket.Patient)} AND {sql.InOrganizations("e.\"OrganizationId\"", orgs)}
            GROUP BY e."PatientId" HAVING SUM(e."Amount") > {threshold}
            """;
        var candidates = await db.Database.SqlQueryRaw<Guid>(query, sql.Values).ToListAsync(cancellationToken).ConfigureAwait(false);
        var since = options.StatementDate.AddDays(-options.SkipIfSentWithinDays);
        var recent = new HashSet<Guid>();
        foreach (var chunk in candidates.Chunk(500))
        {
            recent.UnionWith(await db.StatementRecords.AsNoTracking().Where(s => chunk.Contains(s.PatientId) && s.StatementDate > since)
                .Select(s => s.PatientId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        var result = new List<(StatementRecord, PatientStatement)>();
        foreach (var patientId in candidates.Where(id => !recent.Contains(id)).Order())
        {
            var number = await db.NextStatementNumberAsync(cancellationToken).ConfigureAwait(false);
            var statement = await db.BuildAsync(patientId, options.StatementDate, number, options.DueInDays, cancellationToken).ConfigureAwait(false);
            if (statement is null)
            {
                continue;
            }

            var record = StatementRecord.From(statement, StatementJson.Serialize(statement), clock.GetUtcNow(), options.Actor);
            db.StatementRecords.Add(record);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            result.Add((record, statement));
        }

        return result;
    }

    /// <summary>Posts a patient payment (see <see cref="PatientBilling.PostPayment"/>) and saves it.</summary>
    public static async Task<PatientPaymentResult> PostPatientPaymentAsync(
        this ClaimsmithDbContext db, Guid patientId, Money amount, PatientPaymentMethod method, string? reference, string actor, TimeProvider clock,
        Guid? claimId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var claims = await db.Claims.AsNoTracking().Where(c => c.PatientId == patientId && c.Status != ClaimStatus.Voided).ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.PatientId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ledger = new Ledger(entries, clock);
        var result = PatientBilling.PostPayment(ledger, claims, amount, method, reference, actor, claimId);
        if (result.Succeeded)
        {
            db.LedgerEntries.AddRange(ledger.Pending);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Refunds part of a claim's credit balance to the patient and saves it.</summary>
    public static async Task<LedgerPostResult?> PostRefundAsync(
        this ClaimsmithDbContext db, Guid claimId, Money amount, PatientPaymentMethod method, string? reference, string actor, TimeProvider clock,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var claim = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return null;
        }

        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == claimId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ledger = new Ledger(entries, clock);
        var result = PatientBilling.PostRefund(ledger, claim, amount, method, reference, actor);
        if (result.Succeeded)
        {
            db.LedgerEntries.AddRange(ledger.Pending);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>The standing of a payment plan on <paramref name="asOf"/> against the patient's payments on the ledger.</summary>
    public static async Task<PaymentPlanStanding> PlanStandingAsync(this ClaimsmithDbContext db, PaymentPlan plan, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.PatientId == plan.PatientId && e.Bucket == LedgerBucket.Patient)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return PaymentPlanSchedule.Standing(plan, PatientPayments(entries), asOf);
    }

    /// <summary>Patient payments net of reversals and refunds, by posting date (UTC).</summary>
    internal static IEnumerable<(DateOnly Date, Money Amount)> PatientPayments(IReadOnlyList<LedgerEntry> entries)
    {
        var byId = entries.ToDictionary(e => e.Id);
        foreach (var e in entries.Where(e => e.Bucket == LedgerBucket.Patient))
        {
            var basis = e.Kind == LedgerEntryKind.Reversal && e.ReversesEntryId is { } r && byId.TryGetValue(r, out var o) ? o : e;
            if (basis.Kind == LedgerEntryKind.Payment || PatientBilling.IsRefund(basis))
            {
                yield return (DateOnly.FromDateTime(e.PostedAt.UtcDateTime), -e.Amount);
            }
        }
    }
}
