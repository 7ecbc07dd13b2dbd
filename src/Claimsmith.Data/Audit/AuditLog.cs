using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Audit;

/// <summary>Appends to, verifies and searches the hash-chained audit log.</summary>
public static class AuditLog
{
    /// <summary>Longest <see cref="AuditEntry.RecordIds"/> kept; longer lists end with "+N more".</summary>
    public const int MaxRecordIdsLength = 20_000;

    /// <summary>
    /// Appends one entry. The chain head is updated first in the transaction, so concurrent appends
    /// (other requests, other web nodes) queue behind it and each links to the one before.
    /// Use a context of its own (not one with pending changes of a request): the entry commits on its own.
    /// </summary>
    public static async Task<AuditEntry> AppendAsync(ClaimsmithDbContext db, AuditRecord record, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var at = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());

        var own = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            // The UPDATE takes the lock (SQLite: the database write lock; PostgreSQL: the row lock)
            // before anything is read, so no two appends read the same head.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"AuditChainHeads\" SET \"Sequence\" = \"Sequence\" + 1 WHERE \"Id\" = {0}",
                [AuditChainHead.SingletonId],
                cancellationToken).ConfigureAwait(false);
            var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken).ConfigureAwait(false);

            var entry = new AuditEntry
            {
                Sequence = head.Sequence,
                At = at,
                UserId = record.UserId,
                UserName = record.UserName,
                OrganizationId = record.OrganizationId,
                Action = record.Action,
                RecordType = record.RecordType,
                RecordIds = JoinIds(record.RecordIds),
                ClientAddress = record.ClientAddress,
                Outcome = record.Outcome,
                Detail = record.Detail is { Length: > 500 } d ? d[..500] : record.Detail,
                PreviousHash = head.Hash,
                Hash = "",
            };
            entry.Hash = AuditHash.Compute(entry);
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.Entry(entry).State = EntityState.Detached;
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"AuditChainHeads\" SET \"Hash\" = {0} WHERE \"Id\" = {1}",
                [entry.Hash, AuditChainHead.SingletonId],
                cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return entry;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Walks the chain in sequence order and reports every entry whose content does not match its
    /// hash (altered), that does not link to the entry before (inserted or replaced), every gap in
    /// the sequence (removed), and any disagreement between the last entry and the chain head.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(ClaimsmithDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var problems = new List<AuditProblem>();
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken).ConfigureAwait(false);
        long expected = 1, count = 0;
        var previousHash = AuditHash.Genesis;
        await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            var gap = e.Sequence != expected;
            if (gap)
            {
                problems.Add(new AuditProblem(expected, AuditProblemKind.Removed,
                    e.Sequence - expected == 1 ? $"entry {expected} is missing (removed)" : $"entries {expected} to {e.Sequence - 1} are missing (removed)"));
            }

            if (AuditHash.Compute(e) != e.Hash)
            {
                problems.Add(new AuditProblem(e.Sequence, AuditProblemKind.Altered, $"entry {e.Sequence} was altered: its content does not match its hash"));
            }
            else if (!gap && e.PreviousHash != previousHash)
            {
                problems.Add(new AuditProblem(e.Sequence, AuditProblemKind.Inserted,
                    $"entry {e.Sequence} does not link to entry {e.Sequence - 1}: one of them was inserted, replaced or rewritten"));
            }

            previousHash = e.Hash;
            expected = e.Sequence + 1;
        }

        var last = expected - 1;
        if (head is null)
        {
            problems.Add(new AuditProblem(last, AuditProblemKind.Removed, "the chain head is missing"));
            return new AuditVerification(count, 0, "", problems);
        }

        if (head.Sequence > last)
        {
            problems.Add(new AuditProblem(last + 1, AuditProblemKind.Removed,
                head.Sequence == last + 1 ? $"entry {last + 1}, the last one, is missing (removed)" : $"entries {last + 1} to {head.Sequence}, the last ones, are missing (removed)"));
        }
        else if (head.Sequence < last)
        {
            problems.Add(new AuditProblem(head.Sequence + 1, AuditProblemKind.Inserted,
                $"entries {head.Sequence + 1} to {last} lie beyond the chain head (inserted)"));
        }
        else if (last > 0 && head.Hash != previousHash)
        {
            problems.Add(new AuditProblem(last, AuditProblemKind.Altered, $"entry {last}, the last one, does not match the chain head (altered or replaced)"));
        }

        return new AuditVerification(count, head.Sequence, head.Hash, problems);
    }

    /// <summary>Entries matching <paramref name="query"/>, oldest first.</summary>
    public static IQueryable<AuditEntry> Search(ClaimsmithDbContext db, AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var q = db.AuditEntries.AsNoTracking();
        if (query.From is { } from)
        {
            q = q.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            q = q.Where(e => e.At < to);
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            q = q.Where(e => e.UserName == query.User || e.UserId == query.User);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            q = q.Where(e => e.Action.StartsWith(query.Action));
        }

        if (query.OrganizationId is { } org)
        {
            q = q.Where(e => e.OrganizationId == org);
        }

        if (!string.IsNullOrWhiteSpace(query.RecordId))
        {
            q = q.Where(e => e.RecordIds != null && e.RecordIds.Contains(query.RecordId));
        }

        if (query.Outcome is { } outcome)
        {
            q = q.Where(e => e.Outcome == outcome);
        }

        return q.OrderBy(e => e.Sequence);
    }

    private static string? JoinIds(IReadOnlyCollection<string>? ids)
    {
        if (ids is null || ids.Count == 0)
        {
            return null;
        }

        var joined = string.Join(',', ids);
        if (joined.Length <= MaxRecordIdsLength)
        {
            return joined;
        }

        var cut = joined.LastIndexOf(',', MaxRecordIdsLength - 20);
        if (cut <= 0)
        {
            return joined[..(MaxRecordIdsLength - 20)] + ",+more";
        }

        var kept = joined[..cut];
        return $"{kept},+{ids.Count - kept.Count(c => c == ',') - 1} more";
    }
}
