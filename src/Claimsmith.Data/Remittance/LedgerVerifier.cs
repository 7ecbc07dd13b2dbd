using Claimsmith.Billing;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Remittance;

/// <summary>
/// Checks every invariant of the append-only ledger (<c>claimsmith ledger verify</c>): transfers
/// are pairs summing to zero; a reversal negates exactly one earlier non-reversal entry of the same
/// claim, bucket and line, once; signs by kind (charges positive, payments negative); line entries
/// belong to the claim's lines and entries to the claim's patient and organization; no claim is
/// paid beyond its charges unless an adjudication flagged the overpayment; and every posted
/// adjudication is on the ledger exactly (payment = CLP04, write-offs and patient transfers = CAS),
/// every reversed one fully reversed.
/// </summary>
public static class LedgerVerifier
{
    /// <summary>Checks the whole ledger (in claim batches, so memory stays bounded).</summary>
    public static async Task<IReadOnlyList<LedgerProblem>> VerifyAsync(ClaimsmithDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problems = new List<LedgerProblem>();
        var claimIds = await db.LedgerEntries.AsNoTracking().Select(e => e.ClaimId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in claimIds.Chunk(200))
        {
            var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => chunk.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
            var entries = await db.LedgerEntries.AsNoTracking().Where(e => chunk.Contains(e.ClaimId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var adjudications = await db.ClaimAdjudications.AsNoTracking().Include(a => a.Adjustments)
                .Where(a => a.ClaimId != null && chunk.Contains(a.ClaimId.Value) && (a.State == AdjudicationState.Posted || a.State == AdjudicationState.Reversed))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var group in entries.GroupBy(e => e.ClaimId))
            {
                claims.TryGetValue(group.Key, out var claim);
                Check(claim, group.Key, [.. group], [.. adjudications.Where(a => a.ClaimId == group.Key)], problems);
            }
        }

        return problems;
    }

    /// <summary>Checks one claim's entries against its lines and adjudications.</summary>
    public static void Check(Claim? claim, Guid claimId, IReadOnlyList<LedgerEntry> entries, IReadOnlyList<ClaimAdjudication> adjudications, List<LedgerProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(adjudications);
        ArgumentNullException.ThrowIfNull(problems);
        if (claim is null)
        {
            problems.Add(new LedgerProblem("ledger.noClaim", claimId, null, $"{entries.Count} entries belong to claim {claimId}, which does not exist."));
            return;
        }

        var byId = entries.ToDictionary(e => e.Id);
        var lineIds = claim.Lines.Select(l => l.Id).ToHashSet();
        foreach (var e in entries)
        {
            if (e.PatientId != claim.PatientId || e.OrganizationId != claim.OrganizationId)
            {
                problems.Add(new LedgerProblem("ledger.owner", claimId, e.Id, $"Entry {e.Id} names another patient or organization than claim {claim.ClaimNumber}."));
            }

            if (e.ClaimLineId is { } line && !lineIds.Contains(line))
            {
                problems.Add(new LedgerProblem("ledger.foreignLine", claimId, e.Id, $"Entry {e.Id} belongs to line {line}, which is not a line of claim {claim.ClaimNumber}."));
            }

            var signOk = e.Kind switch
            {
                LedgerEntryKind.Charge => e.Amount > Money.Zero,
                LedgerEntryKind.Payment => e.Amount < Money.Zero,
                LedgerEntryKind.Adjustment or LedgerEntryKind.Transfer or LedgerEntryKind.Reversal => e.Amount != Money.Zero,
                _ => false,
            };
            if (!signOk)
            {
                problems.Add(new LedgerProblem("ledger.sign", claimId, e.Id, $"{e.Kind} entry {e.Id} of claim {claim.ClaimNumber} has the amount {e.Amount}."));
            }

            if (e.Kind == LedgerEntryKind.Reversal)
            {
                if (e.ReversesEntryId is not { } target || !byId.TryGetValue(target, out var original))
                {
                    problems.Add(new LedgerProblem("ledger.reversalOrphan", claimId, e.Id, $"Reversal {e.Id} of claim {claim.ClaimNumber} cancels no entry of that claim."));
                }
                else if (original.Kind == LedgerEntryKind.Reversal || original.Amount != -e.Amount || original.Bucket != e.Bucket || original.ClaimLineId != e.ClaimLineId)
                {
                    problems.Add(new LedgerProblem("ledger.reversalInexact", claimId, e.Id, $"Reversal {e.Id} does not exactly negate entry {original.Id} ({original.Kind} {original.Amount} {original.Bucket})."));
                }
            }
            else if (e.ReversesEntryId is not null)
            {
                problems.Add(new LedgerProblem("ledger.reversalKind", claimId, e.Id, $"{e.Kind} entry {e.Id} claims to reverse another entry."));
            }
        }

        foreach (var twice in entries.Where(e => e.ReversesEntryId is not null).GroupBy(e => e.ReversesEntryId).Where(g => g.Count() > 1))
        {
            problems.Add(new LedgerProblem("ledger.reversedTwice", claimId, twice.Key, $"Entry {twice.Key} is reversed {twice.Count()} times."));
        }

        foreach (var transfer in entries.Where(e => e.Kind == LedgerEntryKind.Transfer).GroupBy(e => e.TransferId))
        {
            var halves = transfer.ToList();
            if (transfer.Key is null || halves.Count != 2 || Money.Sum(halves.Select(h => h.Amount)) != Money.Zero || halves[0].Bucket == halves[1].Bucket)
            {
                problems.Add(new LedgerProblem("ledger.transferUnbalanced", claimId, halves[0].Id, $"Transfer {transfer.Key} of claim {claim.ClaimNumber} is not two entries in two buckets summing to zero."));
            }
        }

        var balance = LedgerBalance.Of(entries);
        var charges = Money.Sum(entries.Where(e => e.Kind == LedgerEntryKind.Charge).Select(e => e.Amount));
        if (balance.Insurance.IsNegative && !adjudications.Any(a => a.Overpayment && a.State == AdjudicationState.Posted))
        {
            problems.Add(new LedgerProblem("ledger.overpaid", claimId, null, $"Claim {claim.ClaimNumber} (charges {charges}) is paid {-balance.Insurance} beyond what the insurance owed, with no overpayment flag."));
        }

        var reversed = entries.Where(e => e.ReversesEntryId is not null).Select(e => e.ReversesEntryId!.Value).ToHashSet();
        foreach (var a in adjudications.Where(x => !x.IsReversal))
        {
            var own = entries.Where(e => e.AdjudicationId == a.Id && e.Kind != LedgerEntryKind.Reversal).ToList();
            if (a.State == AdjudicationState.Reversed)
            {
                if (own.Any(e => !reversed.Contains(e.Id)))
                {
                    problems.Add(new LedgerProblem("ledger.reversalIncomplete", claimId, null, $"Adjudication {a.PayerClaimControlNumber ?? a.Id.ToString()} of claim {claim.ClaimNumber} is reversed but some of its entries are not."));
                }

                continue;
            }

            var paid = -Money.Sum(own.Where(e => e.Kind == LedgerEntryKind.Payment).Select(e => e.Amount));
            var writeOff = -Money.Sum(own.Where(e => e.Kind == LedgerEntryKind.Adjustment).Select(e => e.Amount));
            var toPatient = Money.Sum(own.Where(e => e.Kind == LedgerEntryKind.Transfer && e.Bucket == LedgerBucket.Patient).Select(e => e.Amount));
            var expectedWriteOff = Money.Sum(a.Adjustments.Where(x => !x.IsPatientResponsibility).Select(x => x.Amount));
            var expectedPatient = Money.Sum(a.Adjustments.Where(x => x.IsPatientResponsibility).Select(x => x.Amount));
            if (paid != a.Paid || writeOff != expectedWriteOff || toPatient != expectedPatient)
            {
                problems.Add(new LedgerProblem("ledger.adjudicationMismatch", claimId, null,
                    $"Claim {claim.ClaimNumber}: the adjudication says paid {a.Paid}, written off {expectedWriteOff}, patient {expectedPatient}; the ledger has {paid}, {writeOff}, {toPatient}."));
            }

            if (own.Any(e => reversed.Contains(e.Id)))
            {
                problems.Add(new LedgerProblem("ledger.postedButReversed", claimId, null, $"Adjudication {a.Id} of claim {claim.ClaimNumber} is posted, yet some of its entries are reversed."));
            }
        }
    }
}
