using System.Security.Cryptography;
using Claimsmith.Billing;
using Claimsmith.X12;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Remittance;
using Microsoft.EntityFrameworkCore;

namespace Claimsmith.Data.Remittance;

/// <summary>
/// Posts 835 files to the database: only what balances, exactly once, and resumable.
/// <list type="bullet">
/// <item>A remittance whose check does not balance (BPR02 against CLP04 and PLB) posts nothing and
/// is recorded as a <see cref="RemittanceRejection"/>. In a balanced remittance, a claim payment
/// that does not balance itself or matches no claim waits in the exceptions queue and the others
/// post (common practice: the payer's money for the matched claims is real; the unmatched one is
/// worked by hand, <see cref="ResolveExceptionAsync"/>).</item>
/// <item>Idempotent: the remittance record (payer key + TRN02, unique) is stored with all its claim
/// payments in one transaction; each claim payment then posts in its own transaction together with
/// its state change. Posting the same remittance again only resumes what is still pending, so a
/// process killed half-way and restarted ends with the ledger of a single run.</item>
/// </list>
/// </summary>
public sealed class RemittancePostingService(ClaimsmithDbContext db, TimeProvider clock)
{
    /// <summary>Issue code: the file is not a readable 835.</summary>
    public const string Unreadable = "remit.unreadable";

    /// <summary>Called after each claim payment is committed with the number committed so far in this call.</summary>
    public Action<int>? ClaimCommitted { get; set; }

    /// <summary>Reads and posts <paramref name="content"/>. <paramref name="organizationId"/> names the payee organization when the caller knows it (web upload).</summary>
    public async Task<RemittanceFileResult> PostFileAsync(byte[] content, string actor, Guid? organizationId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var (sha, remittances, readIssues) = Read(content);
        if (readIssues.Count > 0)
        {
            return new RemittanceFileResult(sha, [], readIssues);
        }

        var outcomes = new List<RemittanceOutcome>();
        var committed = 0;
        foreach (var r in remittances)
        {
            var read = RemittanceMapper.Map(r, sha, clock.GetUtcNow(), actor);
            outcomes.Add(await PostRemittanceAsync(read, actor, organizationId, () => ClaimCommitted?.Invoke(++committed), cancellationToken).ConfigureAwait(false));
        }

        return new RemittanceFileResult(sha, outcomes, []);
    }

    /// <summary>What posting <paramref name="content"/> would do, per claim, without changing anything.</summary>
    public async Task<RemittanceFileResult> PreviewFileAsync(byte[] content, Func<string, string, string?>? describe = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (sha, remittances, readIssues) = Read(content);
        var outcomes = new List<RemittanceOutcome>();
        foreach (var r in remittances)
        {
            var read = RemittanceMapper.Map(r, sha, clock.GetUtcNow(), "preview");
            var explanation = RemittanceExplainer.Explain(read, describe);
            var existing = await db.RemittanceAdvices.AsNoTracking()
                .AnyAsync(x => x.PayerKey == read.Advice.PayerKey && x.TraceNumber == read.Advice.TraceNumber, cancellationToken).ConfigureAwait(false);
            var lines = new List<ClaimOutcomeLine>();
            foreach (var a in read.Claims)
            {
                if (existing)
                {
                    lines.Add(new ClaimOutcomeLine(a.Sequence, a.PatientControlNumber, ClaimOutcome.AlreadyPosted, null, null, "This remittance was posted before."));
                    continue;
                }

                if (!read.IsBalanced)
                {
                    lines.Add(new ClaimOutcomeLine(a.Sequence, a.PatientControlNumber, ClaimOutcome.NotPosted, null, null, read.FileIssues[0].Message));
                    continue;
                }

                if (a.State == AdjudicationState.Exception)
                {
                    lines.Add(new ClaimOutcomeLine(a.Sequence, a.PatientControlNumber, ClaimOutcome.Exception, null, a.ExceptionCode, a.ExceptionMessage));
                    continue;
                }

                var claim = await LoadClaimAsync(a.PatientControlNumber, tracking: false, cancellationToken).ConfigureAwait(false);
                if (claim is null)
                {
                    lines.Add(new ClaimOutcomeLine(a.Sequence, a.PatientControlNumber, ClaimOutcome.Exception, null, RemittancePoster.UnmatchedClaim, $"No claim {a.PatientControlNumber}."));
                    continue;
                }

                var earlier = await db.ClaimAdjudications.AsNoTracking().Include(x => x.Lines).Include(x => x.Adjustments)
                    .Where(x => x.ClaimId == claim.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
                var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == claim.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
                var result = RemittancePoster.Post(a, claim, new Billing.Ledger(entries, clock), earlier, read.Advice.TraceNumber, "preview", clock);
                lines.Add(result.Succeeded
                    ? new ClaimOutcomeLine(a.Sequence, a.PatientControlNumber, ClaimOutcome.Posted, result.Status, null, null)
                    : new ClaimOutcomeLine(a.Sequence, a.PatientControlNumber, ClaimOutcome.Exception, null, result.Issue!.Code, result.Issue.Message));
            }

            outcomes.Add(new RemittanceOutcome(null, read.Advice.PayerKey, read.Advice.TraceNumber, read.Advice.PaymentAmount.Amount, existing,
                read.IsBalanced ? null : string.Join(" ", read.FileIssues.Select(i => i.Message)), lines, explanation));
        }

        return new RemittanceFileResult(sha, outcomes, readIssues);
    }

    /// <summary>
    /// Resolves an exception by hand: the biller names the claim the payment belongs to; the claim
    /// payment then posts like any other (in one transaction). Returns the issue when it still cannot post.
    /// </summary>
    public async Task<BillingIssue?> ResolveExceptionAsync(Guid adjudicationId, string claimNumber, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var a = await db.ClaimAdjudications.Include(x => x.Lines).Include(x => x.Adjustments)
            .SingleOrDefaultAsync(x => x.Id == adjudicationId, cancellationToken).ConfigureAwait(false);
        if (a is null)
        {
            return new BillingIssue("remit.notFound", "adjudicationId", "No such claim payment.");
        }

        if (a.State != AdjudicationState.Exception)
        {
            return new BillingIssue("remit.notException", "adjudicationId", $"The claim payment is {a.State}, not in the exceptions queue.");
        }

        if (a.ExceptionCode is RemittanceMapper.ClaimUnbalanced or RemittanceMapper.LineUnbalanced)
        {
            return new BillingIssue(a.ExceptionCode, "adjudicationId", "A claim payment whose own numbers do not balance cannot be posted; ask the payer for a corrected remittance.");
        }

        var advice = await db.RemittanceAdvices.SingleAsync(x => x.Id == a.RemittanceId, cancellationToken).ConfigureAwait(false);
        var issue = await PostClaimAsync(a, advice, claimNumber, actor, cancellationToken).ConfigureAwait(false);
        if (issue is null && !await db.ClaimAdjudications.AnyAsync(x => x.RemittanceId == advice.Id && x.State == AdjudicationState.Exception, cancellationToken).ConfigureAwait(false))
        {
            advice.Status = RemittanceStatus.Posted;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return issue;
    }

    private async Task<RemittanceOutcome> PostRemittanceAsync(RemittanceRead read, string actor, Guid? organizationId, Action committed, CancellationToken ct)
    {
        var explanation = RemittanceExplainer.Explain(read);
        var orgId = organizationId ?? await FirstOrganizationAsync(read, ct).ConfigureAwait(false);
        if (!read.IsBalanced)
        {
            var issue = read.FileIssues[0];
            db.RemittanceRejections.Add(new RemittanceRejection
            {
                OrganizationId = orgId,
                PayerKey = read.Advice.PayerKey,
                PayerName = read.Advice.PayerName,
                TraceNumber = read.Advice.TraceNumber,
                PaymentAmount = read.Advice.PaymentAmount,
                FileSha256 = read.Advice.FileSha256,
                Code = issue.Code,
                Reason = string.Join(" ", read.FileIssues.Select(i => i.Message)),
                ReceivedAt = read.Advice.ReceivedAt,
                ReceivedBy = actor,
            });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return new RemittanceOutcome(null, read.Advice.PayerKey, read.Advice.TraceNumber, read.Advice.PaymentAmount.Amount, false, explanation.Issues[0],
                [.. read.Claims.Select(c => new ClaimOutcomeLine(c.Sequence, c.PatientControlNumber, ClaimOutcome.NotPosted, null, null, issue.Message))], explanation);
        }

        var advice = await db.RemittanceAdvices
            .SingleOrDefaultAsync(x => x.PayerKey == read.Advice.PayerKey && x.TraceNumber == read.Advice.TraceNumber, ct).ConfigureAwait(false);
        var alreadyPosted = advice is not null;
        if (advice is null)
        {
            advice = read.Advice;
            advice.OrganizationId = orgId;
            advice.Status = RemittanceStatus.Posting;
            foreach (var a in read.Claims)
            {
                a.OrganizationId = orgId;
            }

            db.RemittanceAdvices.Add(advice);
            db.ClaimAdjudications.AddRange(read.Claims);
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another process stored the same payer and trace number first: resume theirs.
                db.ChangeTracker.Clear();
                advice = await db.RemittanceAdvices.SingleAsync(x => x.PayerKey == read.Advice.PayerKey && x.TraceNumber == read.Advice.TraceNumber, ct).ConfigureAwait(false);
                alreadyPosted = true;
            }

            db.ChangeTracker.Clear();
        }

        var lines = new List<ClaimOutcomeLine>();
        var pending = await db.ClaimAdjudications.AsNoTracking().Where(x => x.RemittanceId == advice.Id)
            .OrderBy(x => x.Sequence).Select(x => new PendingClaim(x.Id, x.Sequence, x.PatientControlNumber, x.State, x.ExceptionCode, x.ExceptionMessage, x.StatusCode))
            .ToListAsync(ct).ConfigureAwait(false);
        // A claim paid twice in one remittance (typically a reversal, CLP02 22, then the corrected
        // payment) posts one payment after the other against the ledger and history the first one
        // left: those, and every reversal, take the claim-by-claim path that reads them fresh.
        var occurrences = pending.CountBy(p => p.PatientControlNumber).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal);
        var payers = new Dictionary<Guid, PayerTerms>();
        foreach (var chunk in pending.Chunk(ChunkSize))
        {
            var work = await LoadChunkAsync(chunk.Where(p => p.State == AdjudicationState.Pending && IsIndependent(p, occurrences)).ToList(), ct).ConfigureAwait(false);
            foreach (var p in chunk)
            {
                if (p.State != AdjudicationState.Pending)
                {
                    lines.Add(new ClaimOutcomeLine(p.Sequence, p.PatientControlNumber, p.State == AdjudicationState.Exception ? ClaimOutcome.Exception : ClaimOutcome.AlreadyPosted, null, p.ExceptionCode, p.ExceptionMessage));
                    continue;
                }

                db.ChangeTracker.Clear();
                if (work.Adjudications.TryGetValue(p.Id, out var independent))
                {
                    var claim = work.Claims.GetValueOrDefault(independent.PatientControlNumber);
                    var issue = await PostIndependentAsync(independent, claim, claim is null ? [] : work.Ledgers[claim.Id], advice, payers, actor, ct).ConfigureAwait(false);
                    lines.Add(issue is null
                        ? new ClaimOutcomeLine(p.Sequence, p.PatientControlNumber, ClaimOutcome.Posted, claim!.Status, null, null)
                        : new ClaimOutcomeLine(p.Sequence, p.PatientControlNumber, ClaimOutcome.Exception, null, issue.Code, issue.Message));
                }
                else
                {
                    var a = await db.ClaimAdjudications.Include(x => x.Lines).Include(x => x.Adjustments).SingleAsync(x => x.Id == p.Id, ct).ConfigureAwait(false);
                    var issue = await PostClaimAsync(a, advice, a.PatientControlNumber, actor, ct).ConfigureAwait(false);
                    lines.Add(issue is null
                        ? new ClaimOutcomeLine(a.Sequence, a.PatientControlNumber, ClaimOutcome.Posted, a.ClaimId is null ? null : await StatusOfAsync(a.ClaimId.Value, ct).ConfigureAwait(false), null, null)
                        : new ClaimOutcomeLine(a.Sequence, a.PatientControlNumber, ClaimOutcome.Exception, null, issue.Code, issue.Message));
                }

                db.ChangeTracker.Clear();
                committed();
            }
        }

        var final = await db.RemittanceAdvices.SingleAsync(x => x.Id == advice.Id, ct).ConfigureAwait(false);
        if (final.Status == RemittanceStatus.Posting)
        {
            final.Status = lines.Any(l => l.Outcome == ClaimOutcome.Exception) ? RemittanceStatus.PostedWithExceptions : RemittanceStatus.Posted;
            final.CompletedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        return new RemittanceOutcome(advice.Id, advice.PayerKey, advice.TraceNumber, advice.PaymentAmount.Amount, alreadyPosted, null, lines, explanation);
    }

    // One claim payment, one transaction (SaveChanges): ledger entries, adjudication state, claim
    // status and work items commit together or not at all.
    private async Task<BillingIssue?> PostClaimAsync(ClaimAdjudication a, RemittanceAdvice advice, string claimNumber, string actor, CancellationToken ct)
    {
        var claim = await LoadClaimAsync(claimNumber, tracking: true, ct).ConfigureAwait(false);
        if (claim is null)
        {
            var issue = new BillingIssue(RemittancePoster.UnmatchedClaim, "CLP01", $"No claim {claimNumber} (CLP01) to post this payment to.");
            MarkException(a, issue);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return issue;
        }

        var earlier = await db.ClaimAdjudications.Include(x => x.Lines).Include(x => x.Adjustments)
            .Where(x => x.ClaimId == claim.Id && x.Id != a.Id).ToListAsync(ct).ConfigureAwait(false);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == claim.Id).ToListAsync(ct).ConfigureAwait(false);
        var ledger = new Billing.Ledger(entries, clock);
        var result = RemittancePoster.Post(a, claim, ledger, earlier, advice.TraceNumber, actor, clock);
        if (result.Issue is { } refused)
        {
            // Nothing of it posts: the ledger's pending entries are dropped, the claim reloaded next time.
            db.Entry(claim).State = EntityState.Unchanged;
            MarkException(a, refused);
            a.ClaimId = null;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return refused;
        }

        db.LedgerEntries.AddRange(ledger.Pending);
        db.Touch(claim);
        var now = clock.GetUtcNow();
        if (result.Reversed is { } reversed)
        {
            var open = await db.DenialWorkItems.Where(w => w.AdjudicationId == reversed.Id && w.Status != DenialWorkStatus.Resolved).ToListAsync(ct).ConfigureAwait(false);
            foreach (var item in open)
            {
                item.Status = DenialWorkStatus.Resolved;
                item.ResolvedAt = now;
                item.Resolution = "The payer reversed this adjudication.";
                item.Record("resolved", actor, now, item.Resolution);
            }
        }
        else
        {
            var payer = await db.Payers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == claim.PayerId, ct).ConfigureAwait(false);
            var rates = await db.PayerContractRates.AsNoTracking().Where(r => r.PayerId == claim.PayerId).ToListAsync(ct).ConfigureAwait(false);
            var date = advice.PaymentDate ?? DateOnly.FromDateTime(advice.ReceivedAt.UtcDateTime);
            db.DenialWorkItems.AddRange(DenialWorkItems.Find(a, claim, date, AppealDeadlines.WindowDays(payer), ExpectedFrom(rates), now, actor));
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return null;
    }

    // Claim payments read per chunk: a few set-based queries per chunk instead of several per claim.
    private const int ChunkSize = 100;

    private static bool IsIndependent(PendingClaim p, Dictionary<string, int> occurrences) =>
        p.StatusCode != "22" && occurrences[p.PatientControlNumber] == 1;

    /// <summary>
    /// Reads what a chunk of independent claim payments needs, untracked: the adjudications with
    /// their lines and adjustments, their claims (only the columns posting reads and writes, so no
    /// PHI column is read or decrypted) with their lines, and the claims' ledger entries.
    /// </summary>
    private async Task<ChunkWork> LoadChunkAsync(List<PendingClaim> chunk, CancellationToken ct)
    {
        if (chunk.Count == 0)
        {
            return new ChunkWork([], [], []);
        }

        var ids = chunk.Select(p => p.Id).ToList();
        var adjudications = await db.ClaimAdjudications.AsNoTracking().AsSplitQuery().Include(x => x.Lines).Include(x => x.Adjustments)
            .Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct).ConfigureAwait(false);
        var numbers = chunk.Select(p => p.PatientControlNumber).Distinct().ToList();
        var claims = await db.Claims.AsNoTracking().Where(c => numbers.Contains(c.ClaimNumber))
            .Select(c => new Claim
            {
                Id = c.Id,
                ClaimNumber = c.ClaimNumber,
                Kind = c.Kind,
                Status = c.Status,
                Frequency = c.Frequency,
                PayerClaimControlNumber = c.PayerClaimControlNumber,
                OrganizationId = c.OrganizationId,
                EncounterId = c.EncounterId,
                PatientId = c.PatientId,
                CoverageId = c.CoverageId,
                PayerId = c.PayerId,
                ServiceFrom = c.ServiceFrom,
                ServiceTo = c.ServiceTo,
                CreatedAt = c.CreatedAt,
                CreatedBy = c.CreatedBy,
                Version = c.Version,
                Lines = c.Lines.OrderBy(l => l.LineNumber).ToList(),
            })
            .ToDictionaryAsync(c => c.ClaimNumber, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var claimIds = claims.Values.Select(c => c.Id).ToList();
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => claimIds.Contains(e.ClaimId)).ToListAsync(ct).ConfigureAwait(false);
        var ledgers = claimIds.ToDictionary(id => id, _ => new List<LedgerEntry>());
        foreach (var e in entries)
        {
            ledgers[e.ClaimId].Add(e);
        }

        return new ChunkWork(adjudications, claims, ledgers);
    }

    /// <summary>
    /// Posts one claim payment read by <see cref="LoadChunkAsync"/>, in one transaction like
    /// <see cref="PostClaimAsync"/>: the adjudication and the claim are attached unchanged, so only
    /// what posting changes is written (the claim's status, payer claim number and version, checked
    /// against the version read; its new history; the adjudication's state and line matches), with
    /// the new ledger entries and work items.
    /// </summary>
    private async Task<BillingIssue?> PostIndependentAsync(ClaimAdjudication a, Claim? claim, List<LedgerEntry> entries, RemittanceAdvice advice,
        Dictionary<Guid, PayerTerms> payers, string actor, CancellationToken ct)
    {
        db.Attach(a);
        if (claim is null)
        {
            var issue = new BillingIssue(RemittancePoster.UnmatchedClaim, "CLP01", $"No claim {a.PatientControlNumber} (CLP01) to post this payment to.");
            MarkException(a, issue);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return issue;
        }

        db.Attach(claim);
        var ledger = new Billing.Ledger(entries, clock);
        var result = RemittancePoster.Post(a, claim, ledger, [], advice.TraceNumber, actor, clock);
        if (result.Issue is { } refused)
        {
            // Nothing of it posts: the ledger's pending entries are dropped, the claim is not written.
            db.Entry(claim).State = EntityState.Unchanged;
            MarkException(a, refused);
            a.ClaimId = null;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return refused;
        }

        db.LedgerEntries.AddRange(ledger.Pending);
        // The claim's version advances with its ledger (as db.Touch does for a fully loaded claim).
        db.Entry(claim).Property(c => c.Version).IsModified = true;
        if (!payers.TryGetValue(claim.PayerId, out var terms))
        {
            var payer = await db.Payers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == claim.PayerId, ct).ConfigureAwait(false);
            var rates = await db.PayerContractRates.AsNoTracking().Where(r => r.PayerId == claim.PayerId).ToListAsync(ct).ConfigureAwait(false);
            terms = new PayerTerms(AppealDeadlines.WindowDays(payer), ExpectedFrom(rates));
            payers[claim.PayerId] = terms;
        }

        var date = advice.PaymentDate ?? DateOnly.FromDateTime(advice.ReceivedAt.UtcDateTime);
        db.DenialWorkItems.AddRange(DenialWorkItems.Find(a, claim, date, terms.AppealDays, terms.Expected, clock.GetUtcNow(), actor));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        entries.AddRange(ledger.Pending);
        return null;
    }

    private sealed record PendingClaim(Guid Id, int Sequence, string PatientControlNumber, AdjudicationState State, string? ExceptionCode, string? ExceptionMessage, string StatusCode);

    private sealed record ChunkWork(Dictionary<Guid, ClaimAdjudication> Adjudications, Dictionary<string, Claim> Claims, Dictionary<Guid, List<LedgerEntry>> Ledgers);

    private sealed record PayerTerms(int AppealDays, Func<AdjudicationLine, Money?> Expected);

    /// <summary>A lookup of a line's expected allowed amount from contract rates (code + first modifier, else the code alone), times units.</summary>
    public static Func<AdjudicationLine, Money?> ExpectedFrom(IReadOnlyList<PayerContractRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return line =>
        {
            if (line.ProcedureCode is null)
            {
                return null;
            }

            var modifier = line.FirstModifier ?? "";
            var rate = rates.FirstOrDefault(r => r.ProcedureCode == line.ProcedureCode && r.Modifier == modifier)
                ?? rates.FirstOrDefault(r => r.ProcedureCode == line.ProcedureCode && r.Modifier.Length == 0);
            if (rate is null)
            {
                return null;
            }

            var units = line.Units is > 0 ? line.Units.Value : 1m;
            return Money.Of(decimal.Round(rate.Allowed.Amount * units, 2));
        };
    }

    private static void MarkException(ClaimAdjudication a, BillingIssue issue)
    {
        a.State = AdjudicationState.Exception;
        a.ExceptionCode = issue.Code;
        a.ExceptionMessage = issue.Message;
    }

    private async Task<ClaimStatus?> StatusOfAsync(Guid claimId, CancellationToken ct) =>
        await db.Claims.AsNoTracking().Where(c => c.Id == claimId).Select(c => (ClaimStatus?)c.Status).SingleOrDefaultAsync(ct).ConfigureAwait(false);

    private Task<Claim?> LoadClaimAsync(string claimNumber, bool tracking, CancellationToken ct)
    {
        var q = db.Claims.Include(c => c.Lines).Where(c => c.ClaimNumber == claimNumber);
        return (tracking ? q : q.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    private async Task<Guid?> FirstOrganizationAsync(RemittanceRead read, CancellationToken ct)
    {
        var numbers = read.Claims.Select(c => c.PatientControlNumber).Distinct().Take(50).ToList();
        return await db.Claims.AsNoTracking().Where(c => numbers.Contains(c.ClaimNumber)).Select(c => (Guid?)c.OrganizationId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
    }

    private static (string Sha, IReadOnlyList<Remittance835> Remittances, IReadOnlyList<string> Issues) Read(byte[] content)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var result = Remittance835Reader.Read(content);
        // Balancing is judged by RemittanceMapper per claim and per check; every other error makes the file unreadable.
        var errors = result.Issues
            .Where(i => i.Severity == X12IssueSeverity.Error && i.Code is not (X12IssueCodes.CheckUnbalanced or X12IssueCodes.ClaimUnbalanced or X12IssueCodes.LineUnbalanced))
            .Select(i => i.ToString())
            .ToList();
        if (result.Value.Count == 0 && errors.Count == 0)
        {
            errors.Add($"{Unreadable}: the file holds no 835 transaction set.");
        }

        return (sha, result.Value, errors);
    }
}
