namespace Claimsmith.Billing;

/// <summary>
/// The rules for posting to the append-only ledger of one or more claims. Every change of a
/// balance is a new entry; nothing is edited or deleted (a mistake is cancelled by a reversal).
/// Load the existing entries of the claims concerned, post, then store <see cref="Pending"/>.
/// </summary>
public sealed class Ledger
{
    private readonly List<LedgerEntry> _entries;
    private readonly List<LedgerEntry> _pending = [];
    private readonly TimeProvider _clock;

    /// <summary>A ledger over <paramref name="existing"/> entries.</summary>
    public Ledger(IEnumerable<LedgerEntry> existing, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(clock);
        _entries = existing.ToList();
        _clock = clock;
    }

    /// <summary>The remittance claim adjudication stamped on the entries posted next (null for manual postings).</summary>
    public Guid? AdjudicationId { get; set; }

    /// <summary>All entries, existing and new.</summary>
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>Entries posted through this instance, to be stored.</summary>
    public IReadOnlyList<LedgerEntry> Pending => _pending;

    /// <summary>The balance of one claim.</summary>
    public LedgerBalance ClaimBalance(Guid claimId) => LedgerBalance.Of(_entries.Where(e => e.ClaimId == claimId));

    /// <summary>The balance of one patient over all claims loaded.</summary>
    public LedgerBalance PatientBalance(Guid patientId) => LedgerBalance.Of(_entries.Where(e => e.PatientId == patientId));

    /// <summary>Posts one charge per claim line, owed by the insurance. Refused when already charged.</summary>
    public LedgerPostResult PostCharges(Claim claim, string actor)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (_entries.Any(e => e.ClaimId == claim.Id && e.Kind == LedgerEntryKind.Charge))
        {
            return LedgerPostResult.Refused("ledger.duplicateCharge", "claimId", "The claim's charges are already on the ledger.");
        }

        var entries = claim.Lines.Select(l => Entry(claim, LedgerEntryKind.Charge, LedgerBucket.Insurance, l.Charge, actor, lineId: l.Id)).ToList();
        return Accept(entries);
    }

    /// <summary>Records a payment received from <paramref name="from"/>.</summary>
    /// <remarks>A remittance posts per line: pass the claim line in <paramref name="lineId"/>.</remarks>
    public LedgerPostResult PostPayment(Claim claim, LedgerBucket from, Money amount, string? reference, string actor, Guid? lineId = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (amount <= Money.Zero)
        {
            return LedgerPostResult.Refused("ledger.amount", "amount", "A payment must be greater than zero.");
        }

        return Accept([Entry(claim, LedgerEntryKind.Payment, from, -amount, actor, reference: reference, lineId: lineId)]);
    }

    /// <summary>
    /// Records an adjustment: a positive <paramref name="writeOff"/> reduces what
    /// <paramref name="bucket"/> owes (CAS CO write-off); a negative one increases it.
    /// </summary>
    public LedgerPostResult PostAdjustment(Claim claim, LedgerBucket bucket, Money writeOff, string reasonCode, string actor, string? memo = null, Guid? lineId = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (writeOff == Money.Zero)
        {
            return LedgerPostResult.Refused("ledger.amount", "amount", "An adjustment cannot be zero.");
        }

        if (string.IsNullOrWhiteSpace(reasonCode))
        {
            return LedgerPostResult.Refused("ledger.reason", "reasonCode", "An adjustment needs a reason code (e.g. CO-45).");
        }

        return Accept([Entry(claim, LedgerEntryKind.Adjustment, bucket, -writeOff, actor, reason: reasonCode, memo: memo, lineId: lineId)]);
    }

    /// <summary>
    /// Moves <paramref name="amount"/> of what <paramref name="from"/> owes to <paramref name="to"/>
    /// (e.g. deductible and coinsurance, CAS group PR, to the patient). Two entries summing to zero.
    /// </summary>
    public LedgerPostResult Transfer(Claim claim, LedgerBucket from, LedgerBucket to, Money amount, string actor, string? reasonCode = null, Guid? lineId = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (from == to)
        {
            return LedgerPostResult.Refused("ledger.transfer", "to", "A transfer needs two different buckets.");
        }

        if (amount <= Money.Zero)
        {
            return LedgerPostResult.Refused("ledger.amount", "amount", "A transfer must be greater than zero.");
        }

        var available = from == LedgerBucket.Insurance ? ClaimBalance(claim.Id).Insurance : ClaimBalance(claim.Id).Patient;
        if (amount > available)
        {
            return LedgerPostResult.Refused("ledger.transfer", "amount", $"Only {available} is owed by {from}.");
        }

        var id = Guid.CreateVersion7();
        return Accept([
            Entry(claim, LedgerEntryKind.Transfer, from, -amount, actor, reason: reasonCode, transferId: id, lineId: lineId),
            Entry(claim, LedgerEntryKind.Transfer, to, amount, actor, reason: reasonCode, transferId: id, lineId: lineId),
        ]);
    }

    /// <summary>Cancels an entry by posting its negation. Each entry may be reversed once; reversals are final.</summary>
    public LedgerPostResult Reverse(Guid entryId, string actor, string? memo = null)
    {
        var original = _entries.FirstOrDefault(e => e.Id == entryId);
        if (original is null)
        {
            return LedgerPostResult.Refused("ledger.notFound", "entryId", "No such ledger entry.");
        }

        if (original.Kind is LedgerEntryKind.Reversal or LedgerEntryKind.Transfer)
        {
            return LedgerPostResult.Refused("ledger.reverse", "entryId", $"A {original.Kind} entry cannot be reversed.");
        }

        if (_entries.Any(e => e.ReversesEntryId == entryId))
        {
            return LedgerPostResult.Refused("ledger.reverse", "entryId", "The entry is already reversed.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return Accept([new LedgerEntry
        {
            OrganizationId = original.OrganizationId,
            PatientId = original.PatientId,
            ClaimId = original.ClaimId,
            ClaimLineId = original.ClaimLineId,
            Kind = LedgerEntryKind.Reversal,
            Bucket = original.Bucket,
            Amount = -original.Amount,
            PostedAt = _clock.GetUtcNow(),
            PostedBy = actor,
            Memo = memo,
            ReversesEntryId = original.Id,
            AdjudicationId = AdjudicationId,
        }]);
    }

    /// <summary>
    /// Cancels both halves of a transfer (e.g. a PR amount moved to the patient by a remittance the
    /// payer later reversed): two reversal entries that again sum to zero. Each transfer once.
    /// </summary>
    public LedgerPostResult ReverseTransfer(Guid transferId, string actor, string? memo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var halves = _entries.Where(e => e.TransferId == transferId && e.Kind == LedgerEntryKind.Transfer).ToList();
        if (halves.Count != 2)
        {
            return LedgerPostResult.Refused("ledger.notFound", "transferId", "No such transfer.");
        }

        if (halves.Any(h => _entries.Any(e => e.ReversesEntryId == h.Id)))
        {
            return LedgerPostResult.Refused("ledger.reverse", "transferId", "The transfer is already reversed.");
        }

        return Accept([.. halves.Select(h => new LedgerEntry
        {
            OrganizationId = h.OrganizationId,
            PatientId = h.PatientId,
            ClaimId = h.ClaimId,
            ClaimLineId = h.ClaimLineId,
            Kind = LedgerEntryKind.Reversal,
            Bucket = h.Bucket,
            Amount = -h.Amount,
            PostedAt = _clock.GetUtcNow(),
            PostedBy = actor,
            ReasonCode = h.ReasonCode,
            Memo = memo,
            ReversesEntryId = h.Id,
            AdjudicationId = AdjudicationId,
        })]);
    }

    private LedgerPostResult Accept(List<LedgerEntry> entries)
    {
        _entries.AddRange(entries);
        _pending.AddRange(entries);
        return new LedgerPostResult(entries, null);
    }

    private LedgerEntry Entry(Claim claim, LedgerEntryKind kind, LedgerBucket bucket, Money amount, string actor,
        string? reference = null, string? reason = null, string? memo = null, Guid? transferId = null, Guid? lineId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return new LedgerEntry
        {
            OrganizationId = claim.OrganizationId,
            PatientId = claim.PatientId,
            ClaimId = claim.Id,
            ClaimLineId = lineId,
            Kind = kind,
            Bucket = bucket,
            Amount = amount,
            PostedAt = _clock.GetUtcNow(),
            PostedBy = actor,
            Reference = reference ?? (kind == LedgerEntryKind.Charge ? claim.ClaimNumber : null),
            ReasonCode = reason,
            Memo = memo,
            TransferId = transferId,
            AdjudicationId = AdjudicationId,
        };
    }
}
