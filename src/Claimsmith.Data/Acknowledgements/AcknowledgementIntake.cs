using System.Globalization;
using System.Security.Cryptography;
using Claimsmith.Billing;
using Claimsmith.X12.Claims;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data;

/// <summary>
/// Applies a received 999 or 277CA to our claims: a 999 transaction set is matched to the 837
/// batch we sent by GS06 (AK102) and to its claims by ST02 (AK202); a 277CA claim by our claim
/// number (2200D TRN02 = CLM01). Accepted claims move Submitted to Accepted (277CA), rejected
/// ones Submitted to Rejected with the codes in words, through <see cref="Claim.TransitionTo"/>.
/// The file is stored with every result in the same transaction, keyed by its SHA-256: the
/// same bytes applied twice change nothing the second time.
/// </summary>
public static class AcknowledgementIntake
{
    /// <summary>Reads and applies <paramref name="content"/>.</summary>
    public static async Task<AcknowledgementIntakeResult> ApplyAsync(ClaimsmithDbContext db, byte[] content, string actor, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(clock);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await FindAsync(db, sha, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new AcknowledgementIntakeResult(existing, true, []);
        }

        var report = AcknowledgementReader.Read(content);
        if (report.Kind is not { } kind)
        {
            return new AcknowledgementIntakeResult(null, false, report.Issues);
        }

        var now = clock.GetUtcNow();
        var file = new AcknowledgementFile { Kind = kind, Sha256 = sha, ControlNumber = report.ControlNumber, ReceivedAt = now, ReceivedBy = actor };
        if (kind == AcknowledgementKind.Implementation999)
        {
            await Apply999Async(db, report, file, actor, clock, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Apply277Async(db, report, file, actor, clock, cancellationToken).ConfigureAwait(false);
        }

        file.ResultCount = file.Results.Count;
        db.AcknowledgementFiles.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Someone applied the same file at the same moment: theirs stands, ours is dropped.
            if (!await ExistsAsync(db, sha, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            return new AcknowledgementIntakeResult(await FindAsync(db, sha, cancellationToken).ConfigureAwait(false), true, report.Issues);
        }

        return new AcknowledgementIntakeResult(file, false, report.Issues);
    }

    private static async Task<AcknowledgementFile?> FindAsync(ClaimsmithDbContext db, string sha, CancellationToken ct)
    {
        // The existence check ignores the organization filter (the hash is the idempotency key for
        // everyone); the results shown are only those the caller may see.
        var id = await db.AcknowledgementFiles.IgnoreQueryFilters().Where(f => f.Sha256 == sha).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (id is null)
        {
            return null;
        }

        var file = await db.AcknowledgementFiles.IgnoreQueryFilters().AsNoTracking().FirstAsync(f => f.Id == id, ct).ConfigureAwait(false);
        file.Results = await db.AcknowledgementResults.AsNoTracking().Where(r => r.FileId == id).OrderBy(r => r.Reference).ToListAsync(ct).ConfigureAwait(false);
        return file;
    }

    private static Task<bool> ExistsAsync(ClaimsmithDbContext db, string sha, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return db.AcknowledgementFiles.IgnoreQueryFilters().AnyAsync(f => f.Sha256 == sha, ct);
    }

    private static async Task Apply999Async(ClaimsmithDbContext db, AcknowledgementReport report, AcknowledgementFile file, string actor, TimeProvider clock, CancellationToken ct)
    {
        foreach (var byGroup in report.Items.GroupBy(i => i.GroupControlNumber))
        {
            ClaimBatch? batch = null;
            if (long.TryParse(byGroup.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var control))
            {
                batch = await db.ClaimBatches.Include(b => b.Claims).FirstOrDefaultAsync(b => b.ControlNumber == control, ct).ConfigureAwait(false);
            }

            if (batch is null)
            {
                foreach (var item in byGroup)
                {
                    file.Results.Add(Result(file, item, null, null, $"No 837 batch with control number {item.GroupControlNumber} was found.", false, clock));
                }

                continue;
            }

            var claimsBySet = ClaimsBySet(batch);
            var claimIds = batch.Claims.Select(c => c.ClaimId).ToList();
            var claims = await db.Claims.Where(c => claimIds.Contains(c.Id)).ToListAsync(ct).ConfigureAwait(false);
            var anyAccepted = false;
            foreach (var item in byGroup)
            {
                anyAccepted |= item.Verdict == AcknowledgementVerdict.Accepted;

                // A batch written as one transaction set: every claim is in it whatever ST02 the 999 echoes.
                var numbers = claimsBySet.Count == 1 ? claimsBySet.Values.Single()
                    : claimsBySet.TryGetValue(item.TransactionControlNumber ?? "", out var inSet) ? inSet : null;
                if (numbers is null)
                {
                    file.Results.Add(Result(file, item, null, batch.Id, $"Batch {batch.ControlNumber} has no transaction set {item.TransactionControlNumber}.", false, clock));
                    continue;
                }

                foreach (var claim in claims.Where(c => numbers.Contains(c.ClaimNumber)).OrderBy(c => c.ClaimNumber, StringComparer.Ordinal))
                {
                    if (item.Verdict == AcknowledgementVerdict.Rejected)
                    {
                        file.Results.Add(Transition(file, item, claim, batch.Id, ClaimStatus.Rejected, $"999 rejected: {item.Explanation}", actor, clock));
                    }
                    else
                    {
                        file.Results.Add(Result(file, item with { ClaimNumber = claim.ClaimNumber }, claim.Id, batch.Id, "Accepted by the receiver's 999; the payer's 277CA decides the claim.", false, clock));
                    }
                }
            }

            batch.Status = anyAccepted ? ClaimBatchStatus.Accepted : ClaimBatchStatus.Rejected;
        }
    }

    private static async Task Apply277Async(ClaimsmithDbContext db, AcknowledgementReport report, AcknowledgementFile file, string actor, TimeProvider clock, CancellationToken ct)
    {
        var numbers = report.Items.Select(i => i.ClaimNumber!).Distinct().ToList();
        var claims = await db.Claims.Where(c => numbers.Contains(c.ClaimNumber)).ToDictionaryAsync(c => c.ClaimNumber, StringComparer.Ordinal, ct).ConfigureAwait(false);
        foreach (var item in report.Items)
        {
            if (!claims.TryGetValue(item.ClaimNumber!, out var claim))
            {
                file.Results.Add(Result(file, item, null, null, $"No claim {item.ClaimNumber} was found.", false, clock));
                continue;
            }

            if (claim.PayerClaimControlNumber is null && item.PayerClaimControlNumber is { Length: > 0 } icn)
            {
                claim.PayerClaimControlNumber = icn;
            }

            file.Results.Add(item.Verdict switch
            {
                AcknowledgementVerdict.Accepted => Transition(file, item, claim, null, ClaimStatus.Accepted, $"277CA accepted: {item.Explanation}", actor, clock),
                AcknowledgementVerdict.Rejected => Transition(file, item, claim, null, ClaimStatus.Rejected, $"277CA rejected: {item.Explanation}", actor, clock),
                _ => Result(file, item, claim.Id, null, $"Received by the payer; the claim stays {claim.Status}.", false, clock),
            });
        }
    }

    private static AcknowledgementResult Transition(AcknowledgementFile file, AcknowledgementItem item, Claim claim, Guid? batchId, ClaimStatus to, string note, string actor, TimeProvider clock)
    {
        if (claim.Status == to)
        {
            return Result(file, item with { ClaimNumber = claim.ClaimNumber }, claim.Id, batchId, $"No change: the claim is already {to}.", false, clock);
        }

        var from = claim.Status;
        var refused = claim.TransitionTo(to, actor, clock, Truncate(note, 1000));
        return refused is null
            ? Result(file, item with { ClaimNumber = claim.ClaimNumber }, claim.Id, batchId, $"{from} -> {to}", true, clock)
            : Result(file, item with { ClaimNumber = claim.ClaimNumber }, claim.Id, batchId, $"No change: {refused.Message}", false, clock);
    }

    private static AcknowledgementResult Result(AcknowledgementFile file, AcknowledgementItem item, Guid? claimId, Guid? batchId, string outcome, bool changed, TimeProvider clock) => new()
    {
        FileId = file.Id,
        ClaimId = claimId,
        BatchId = batchId,
        Reference = Truncate(item.Reference, 100),
        Verdict = item.Verdict,
        Codes = Truncate(item.Codes, 1000),
        Explanation = Truncate(item.Explanation, 4000),
        PayerClaimControlNumber = item.PayerClaimControlNumber is { } icn ? Truncate(icn, 50) : null,
        Outcome = Truncate(outcome, 500),
        Changed = changed,
        At = clock.GetUtcNow(),
    };

    // The claim numbers in each transaction set (ST02) of the batch as released.
    private static Dictionary<string, HashSet<string>> ClaimsBySet(ClaimBatch batch)
    {
        var read = Claim837Reader.Read(batch.Content);
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var submission in read.Value)
        {
            var key = submission.Envelope?.ControlNumber ?? submission.ControlNumber ?? "";
            if (!sets.TryGetValue(key, out var numbers))
            {
                sets[key] = numbers = new HashSet<string>(StringComparer.Ordinal);
            }

            numbers.UnionWith(submission.AllClaims.Select(c => c.PatientControlNumber));
        }

        return sets;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
