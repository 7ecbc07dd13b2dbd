using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>Appeals against the database: open the next level, and gather what a letter needs.</summary>
public static class AppealQueries
{
    /// <summary>
    /// Opens the next appeal level for a claim with the deadline from its payer's appeal window.
    /// Null when the claim is not found (or not in scope); an issue when the appeal is refused.
    /// </summary>
    public static async Task<(Appeal? Appeal, BillingIssue? Issue)?> OpenAppealAsync(
        this ClaimsmithDbContext db, Guid claimId, DateOnly denialDate, string denialCodes, Money amountAppealed, string actor, TimeProvider clock,
        Guid? lineId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var claim = await db.Claims.AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return null;
        }

        var payer = await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == claim.PayerId, cancellationToken).ConfigureAwait(false);
        var earlier = await db.Appeals.AsNoTracking().Where(a => a.ClaimId == claimId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var opened = Appeal.Open(claim, earlier, payer, denialDate, denialCodes ?? "", amountAppealed, actor, clock, lineId);
        if (opened.Appeal is { } appeal)
        {
            db.Appeals.Add(appeal);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return opened;
    }

    /// <summary>Loads an appeal with its history.</summary>
    public static Task<Appeal?> LoadAppealAsync(this ClaimsmithDbContext db, Guid appealId, bool tracked, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = db.Appeals.Include(a => a.History);
        return (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == appealId, cancellationToken);
    }

    /// <summary>
    /// Everything an appeal letter is built from: the claim with lines, diagnoses and history, the
    /// organization, payer, member id and ledger. Null when the appeal is not found.
    /// </summary>
    public static async Task<AppealLetterRequest?> AppealLetterRequestAsync(
        this ClaimsmithDbContext db, Guid appealId, DateOnly date, Func<string, string?>? describeCarc, Func<string, string?>? describeRarc, string? signedBy,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var appeal = await db.LoadAppealAsync(appealId, tracked: false, cancellationToken).ConfigureAwait(false);
        if (appeal is null)
        {
            return null;
        }

        var claim = await db.Claims.AsNoTracking().Include(c => c.Lines).Include(c => c.Diagnoses).Include(c => c.History).AsSplitQuery()
            .FirstAsync(c => c.Id == appeal.ClaimId, cancellationToken).ConfigureAwait(false);
        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == claim.OrganizationId, cancellationToken).ConfigureAwait(false);
        var payer = await db.Payers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == claim.PayerId, cancellationToken).ConfigureAwait(false);
        var memberId = await db.Coverages.AsNoTracking().Where(c => c.Id == claim.CoverageId).Select(c => c.MemberId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == claim.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AppealLetterRequest
        {
            Appeal = appeal,
            Claim = claim,
            Organization = org,
            Payer = payer,
            MemberId = memberId,
            Entries = entries,
            DescribeCarc = describeCarc,
            DescribeRarc = describeRarc,
            Date = date,
            SignedBy = signedBy,
        };
    }

    /// <summary>The id of the latest appeal of a claim, or <see cref="Guid.Empty"/> when it has none.</summary>
    public static Task<Guid> LatestAppealIdAsync(this ClaimsmithDbContext db, Guid claimId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Appeals.AsNoTracking().Where(a => a.ClaimId == claimId).OrderByDescending(a => a.Level).Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
