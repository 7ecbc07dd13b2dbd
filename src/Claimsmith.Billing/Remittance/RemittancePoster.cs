namespace Claimsmith.Billing;

/// <summary>
/// Posts one claim payment of an 835 to the ledger of its claim, per line: the payment
/// (reference TRN02), every CAS adjustment (CO/OA/PI/CR written off with group and CARC, PR moved
/// to the patient with its reason: PR-1 deductible, PR-2 coinsurance, PR-3 copay), the payer claim
/// control number (CLP07) and the claim status. A reversal (CLP02 22) reverses exactly the entries
/// of the adjudication it cancels. Either everything of a claim is posted or nothing is: a refusal
/// leaves the ledger and the claim as they were (the caller discards the ledger's pending entries).
/// </summary>
public static class RemittancePoster
{
    /// <summary>Exception code: no claim with the CLP01 claim number.</summary>
    public const string UnmatchedClaim = "remit.unmatchedClaim";
    /// <summary>Exception code: a service line matches none of the claim's lines.</summary>
    public const string UnmatchedLine = "remit.unmatchedLine";
    /// <summary>Exception code: a reversal names no posted adjudication with the negated amounts.</summary>
    public const string UnmatchedReversal = "remit.unmatchedReversal";
    /// <summary>Exception code: the ledger refused an entry (e.g. more moved to the patient than owed).</summary>
    public const string LedgerRefused = "remit.ledgerRefused";
    /// <summary>Exception code: a negative payment outside a reversal.</summary>
    public const string NegativePayment = "remit.negativePayment";

    /// <summary>
    /// Posts <paramref name="adjudication"/> for <paramref name="claim"/> (lines loaded) into
    /// <paramref name="ledger"/> (loaded with the claim's entries). <paramref name="earlier"/> are the
    /// claim's earlier adjudications (for reversals). On success the adjudication is marked posted
    /// and matched lines carry their claim line ids.
    /// </summary>
    public static AdjudicationPostResult Post(ClaimAdjudication adjudication, Claim claim, Ledger ledger, IReadOnlyList<ClaimAdjudication> earlier, string trace, string actor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(adjudication);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(clock);
        if (MatchLines(adjudication, claim) is { } unmatched)
        {
            return Refused(unmatched, claim);
        }

        ledger.AdjudicationId = adjudication.Id;
        try
        {
            return adjudication.IsReversal
                ? PostReversal(adjudication, claim, ledger, earlier, actor, clock)
                : PostPayment(adjudication, claim, ledger, trace, actor, clock);
        }
        finally
        {
            ledger.AdjudicationId = null;
        }
    }

    /// <summary>
    /// Matches each adjudicated line to a claim line: by REF*6R (our 837 REF*6R line item control
    /// number, or the claim line id), else by procedure code and charge, else by position when the
    /// counts agree. Returns the issue when a line matches nothing.
    /// </summary>
    public static BillingIssue? MatchLines(ClaimAdjudication adjudication, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(adjudication);
        ArgumentNullException.ThrowIfNull(claim);
        var free = claim.Lines.OrderBy(l => l.LineNumber).ToList();
        var pending = new List<AdjudicationLine>();
        foreach (var line in adjudication.Lines.OrderBy(l => l.Sequence))
        {
            var reference = line.LineControlNumber?.Trim();
            var match = string.IsNullOrEmpty(reference) ? null : free.Find(l =>
                string.Equals(l.LineControlNumber, reference, StringComparison.OrdinalIgnoreCase)
                || string.Equals(l.Id.ToString(), reference, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                line.ClaimLineId = match.Id;
                free.Remove(match);
            }
            else
            {
                pending.Add(line);
            }
        }

        foreach (var line in pending.ToList())
        {
            var match = free.Find(l => l.ProcedureCode?.Value == line.ProcedureCode && l.Charge == line.Charge);
            if (match is not null)
            {
                line.ClaimLineId = match.Id;
                free.Remove(match);
                pending.Remove(line);
            }
        }

        if (pending.Count > 0 && pending.Count == free.Count && adjudication.Lines.Count == claim.Lines.Count)
        {
            for (var i = 0; i < pending.Count; i++)
            {
                pending[i].ClaimLineId = free[i].Id;
            }

            pending.Clear();
        }

        if (pending.Count > 0)
        {
            var first = pending[0];
            return new BillingIssue(UnmatchedLine, $"lines[{first.Sequence}]",
                $"Service line {first.Sequence + 1} ({first.ProcedureCode}, REF*6R {first.LineControlNumber ?? "none"}) matches no line of claim {claim.ClaimNumber}.");
        }

        return null;
    }

    private static AdjudicationPostResult PostPayment(ClaimAdjudication a, Claim claim, Ledger ledger, string trace, string actor, TimeProvider clock)
    {
        if (a.Paid.IsNegative || a.Lines.Any(l => l.Paid.IsNegative))
        {
            return Refused(new BillingIssue(NegativePayment, "CLP04", $"Claim {a.PatientControlNumber} carries a negative payment outside a reversal; post it by hand."), claim);
        }

        var lineOf = a.Lines.ToDictionary(l => l.Id, l => l.ClaimLineId);
        // Patient responsibility first: the ledger moves to the patient only what the insurance still owes.
        foreach (var adj in a.Adjustments.Where(x => x.IsPatientResponsibility))
        {
            var lineId = adj.LineId is { } id ? lineOf[id] : null;
            var result = adj.Amount.IsNegative
                ? ledger.Transfer(claim, LedgerBucket.Patient, LedgerBucket.Insurance, -adj.Amount, actor, adj.Code, lineId)
                : ledger.Transfer(claim, LedgerBucket.Insurance, LedgerBucket.Patient, adj.Amount, actor, adj.Code, lineId);
            if (adj.Amount != Money.Zero && result.Issue is { } issue)
            {
                return Refused(new BillingIssue(LedgerRefused, $"CAS {adj.Code}", issue.Message), claim);
            }
        }

        foreach (var adj in a.Adjustments.Where(x => !x.IsPatientResponsibility && x.Amount != Money.Zero))
        {
            var lineId = adj.LineId is { } id ? lineOf[id] : null;
            var result = ledger.PostAdjustment(claim, LedgerBucket.Insurance, adj.Amount, adj.Code, actor, memo: $"835 {trace}", lineId: lineId);
            if (result.Issue is { } issue)
            {
                return Refused(new BillingIssue(LedgerRefused, $"CAS {adj.Code}", issue.Message), claim);
            }
        }

        // Per line when the lines carry the whole payment; a claim-level CAS makes CLP04 differ from
        // the sum of SVC03, and then the check amount posts at claim level so cash stays exact.
        var linesCarryPayment = a.Lines.Count > 0 && Money.Sum(a.Lines.Select(l => l.Paid)) == a.Paid;
        if (linesCarryPayment)
        {
            foreach (var line in a.Lines.Where(l => l.Paid > Money.Zero))
            {
                ledger.PostPayment(claim, LedgerBucket.Insurance, line.Paid, trace, actor, line.ClaimLineId);
            }
        }
        else if (a.Paid > Money.Zero)
        {
            ledger.PostPayment(claim, LedgerBucket.Insurance, a.Paid, trace, actor);
        }

        a.Overpayment = ledger.ClaimBalance(claim.Id).Insurance.IsNegative;
        if (!string.IsNullOrWhiteSpace(a.PayerClaimControlNumber))
        {
            claim.PayerClaimControlNumber = a.PayerClaimControlNumber;
        }

        var target = Outcome(a);
        var note = Move(claim, target, actor, clock, $"835 {trace}: CLP02 {a.StatusCode}, paid {a.Paid}");
        MarkPosted(a, claim, actor, clock);
        return new AdjudicationPostResult(null, claim.Status, null, note);
    }

    private static AdjudicationPostResult PostReversal(ClaimAdjudication a, Claim claim, Ledger ledger, IReadOnlyList<ClaimAdjudication> earlier, string actor, TimeProvider clock)
    {
        // CLP02 22 repeats the original claim payment with every amount negated (835 guide 1.10.2.8).
        var target = earlier
            .Where(e => e.State == AdjudicationState.Posted && !e.IsReversal && e.Id != a.Id
                && e.Charge == -a.Charge && e.Paid == -a.Paid
                && (string.IsNullOrEmpty(a.PayerClaimControlNumber) || string.IsNullOrEmpty(e.PayerClaimControlNumber) || e.PayerClaimControlNumber == a.PayerClaimControlNumber))
            .OrderByDescending(e => e.PostedAt)
            .FirstOrDefault();
        if (target is null)
        {
            return Refused(new BillingIssue(UnmatchedReversal, "CLP02",
                $"Reversal of claim {a.PatientControlNumber} (charge {-a.Charge}, paid {-a.Paid}) matches no posted payment of that claim."), claim);
        }

        var entries = ledger.Entries.Where(e => e.AdjudicationId == target.Id).ToList();
        foreach (var transfer in entries.Where(e => e.Kind == LedgerEntryKind.Transfer && e.TransferId is not null).Select(e => e.TransferId!.Value).Distinct().ToList())
        {
            if (ledger.ReverseTransfer(transfer, actor, $"reversal {a.PayerClaimControlNumber}").Issue is { } issue)
            {
                return Refused(new BillingIssue(LedgerRefused, "CLP02", issue.Message), claim);
            }
        }

        foreach (var entry in entries.Where(e => e.Kind is LedgerEntryKind.Payment or LedgerEntryKind.Adjustment))
        {
            if (ledger.Reverse(entry.Id, actor, $"reversal {a.PayerClaimControlNumber}").Issue is { } issue)
            {
                return Refused(new BillingIssue(LedgerRefused, "CLP02", issue.Message), claim);
            }
        }

        target.State = AdjudicationState.Reversed;
        a.ReversesAdjudicationId = target.Id;
        var note = Move(claim, ClaimStatus.Accepted, actor, clock, $"payer reversed its payment {target.PayerClaimControlNumber}");
        MarkPosted(a, claim, actor, clock);
        return new AdjudicationPostResult(null, claim.Status, target, note);
    }

    /// <summary>
    /// The status an adjudication gives its claim: Denied when CLP02 is 4 or nothing was paid
    /// because of denial reasons; PartiallyPaid when some amount was denied or reduced beyond the
    /// contract; Paid otherwise (including amounts left to the patient).
    /// </summary>
    public static ClaimStatus Outcome(ClaimAdjudication adjudication)
    {
        ArgumentNullException.ThrowIfNull(adjudication);
        var denied = adjudication.Adjustments.Any(x => x.Amount > Money.Zero && DenialClassifier.Classify(x.Group, x.Reason, RemarksFor(adjudication, x)).IsDenial);
        if (adjudication.StatusCode == "4" || (adjudication.Paid == Money.Zero && denied))
        {
            return ClaimStatus.Denied;
        }

        return denied ? ClaimStatus.PartiallyPaid : ClaimStatus.Paid;
    }

    /// <summary>The remark codes that apply to an adjustment: its line's LQ codes, then the claim's MOA/MIA.</summary>
    public static IReadOnlyList<string> RemarksFor(ClaimAdjudication adjudication, AdjudicationAdjustment adjustment)
    {
        ArgumentNullException.ThrowIfNull(adjudication);
        ArgumentNullException.ThrowIfNull(adjustment);
        var line = adjustment.LineId is { } id ? adjudication.Lines.Find(l => l.Id == id) : null;
        return line is null ? adjudication.Remarks : [.. line.Remarks, .. adjudication.Remarks];
    }

    private static string? Move(Claim claim, ClaimStatus target, string actor, TimeProvider clock, string note)
    {
        if (claim.Status == target)
        {
            return null;
        }

        // An 835 proves the payer accepted the claim even when its 277CA never arrived.
        if (claim.Status == ClaimStatus.Submitted && target != ClaimStatus.Accepted)
        {
            claim.TransitionTo(ClaimStatus.Accepted, actor, clock, "accepted (835 received)");
        }

        return claim.TransitionTo(target, actor, clock, note)?.Message;
    }

    private static void MarkPosted(ClaimAdjudication a, Claim claim, string actor, TimeProvider clock)
    {
        a.ClaimId = claim.Id;
        a.OrganizationId = claim.OrganizationId;
        a.State = AdjudicationState.Posted;
        a.ExceptionCode = null;
        a.ExceptionMessage = null;
        a.PostedAt = clock.GetUtcNow();
        a.PostedBy = actor;
    }

    private static AdjudicationPostResult Refused(BillingIssue issue, Claim claim) => new(issue, claim.Status, null, null);
}
