using System.Globalization;

namespace Claimsmith.Billing;

/// <summary>
/// Patient payments and refunds on the append-only <see cref="Ledger"/>. A payment is a
/// <see cref="LedgerEntryKind.Payment"/> in the patient bucket, applied to one claim or spread
/// over the patient's open balances oldest date of service first; a refund of a credit balance is
/// an adjustment with reason <see cref="RefundReason"/> that raises the patient bucket back to zero.
/// </summary>
public static class PatientBilling
{
    /// <summary>Reason code of a refund entry (kept apart from CARC write-offs in reports).</summary>
    public const string RefundReason = "REFUND";

    /// <summary>True when <paramref name="entry"/> is a refund to the patient.</summary>
    public static bool IsRefund(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind == LedgerEntryKind.Adjustment && string.Equals(entry.ReasonCode, RefundReason, StringComparison.Ordinal);
    }

    /// <summary>The ledger reference of a payment: method and the check number or card reference.</summary>
    public static string Reference(PatientPaymentMethod method, string? reference) =>
        string.IsNullOrWhiteSpace(reference)
            ? method.ToString().ToUpperInvariant()
            : string.Create(CultureInfo.InvariantCulture, $"{method.ToString().ToUpperInvariant()} {reference.Trim()}");

    /// <summary>
    /// Posts a patient payment of <paramref name="amount"/>. With <paramref name="claimId"/> it is
    /// applied to that claim whole; otherwise to the open patient balances of
    /// <paramref name="claims"/> oldest date of service first, and what is left over lands on the
    /// newest claim as a credit balance (to be refunded or used by later patient charges).
    /// </summary>
    public static PatientPaymentResult PostPayment(
        Ledger ledger, IReadOnlyList<Claim> claims, Money amount, PatientPaymentMethod method, string? reference, string actor, Guid? claimId = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(claims);
        if (amount <= Money.Zero)
        {
            return PatientPaymentResult.Refused("payment.amount", "amount", "A payment must be greater than zero.");
        }

        if (claims.Count == 0)
        {
            return PatientPaymentResult.Refused("payment.noClaims", "patientId", "The patient has no claims to apply a payment to.");
        }

        if (claims.Select(c => c.PatientId).Distinct().Count() != 1)
        {
            throw new ArgumentException("All claims must belong to one patient.", nameof(claims));
        }

        var plan = new List<(Claim Claim, Money Amount, bool Credit)>();
        if (claimId is { } id)
        {
            var claim = claims.FirstOrDefault(c => c.Id == id);
            if (claim is null)
            {
                return PatientPaymentResult.Refused("payment.claim", "claimId", "The claim is not one of the patient's.");
            }

            plan.Add((claim, amount, amount > ledger.ClaimBalance(claim.Id).Patient));
        }
        else
        {
            var ordered = claims.OrderBy(c => c.ServiceFrom).ThenBy(c => c.ClaimNumber, StringComparer.Ordinal).ToList();
            var left = amount;
            foreach (var claim in ordered)
            {
                var owed = ledger.ClaimBalance(claim.Id).Patient;
                if (left <= Money.Zero || owed <= Money.Zero)
                {
                    continue;
                }

                var applied = owed < left ? owed : left;
                plan.Add((claim, applied, false));
                left -= applied;
            }

            if (left > Money.Zero)
            {
                plan.Add((ordered[^1], left, true));
            }
        }

        var text = Reference(method, reference);
        var entries = new List<LedgerEntry>();
        foreach (var (claim, part, _) in plan)
        {
            var posted = ledger.PostPayment(claim, LedgerBucket.Patient, part, text, actor);
            entries.AddRange(posted.Entries);
        }

        // Several parts to one claim (credit on a claim that also had a balance) read as one allocation.
        var allocations = plan.GroupBy(p => p.Claim.Id)
            .Select(g => new PaymentAllocation(g.Key, g.First().Claim.ClaimNumber, Money.Sum(g.Select(p => p.Amount)), g.Any(p => p.Credit)))
            .ToList();
        return new PatientPaymentResult(allocations, entries, null);
    }

    /// <summary>
    /// Refunds <paramref name="amount"/> of a credit balance on <paramref name="claim"/> (the patient
    /// paid more than they owed). Refused when the claim's credit is smaller.
    /// </summary>
    public static LedgerPostResult PostRefund(Ledger ledger, Claim claim, Money amount, PatientPaymentMethod method, string? reference, string actor)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(claim);
        if (amount <= Money.Zero)
        {
            return new LedgerPostResult([], new BillingIssue("refund.amount", "amount", "A refund must be greater than zero."));
        }

        var credit = -ledger.ClaimBalance(claim.Id).Patient;
        if (amount > credit)
        {
            return new LedgerPostResult([], new BillingIssue("refund.exceedsCredit", "amount",
                credit > Money.Zero ? $"The claim's credit balance is only {credit}." : "The claim has no credit balance."));
        }

        // A negative write-off raises the patient bucket from the credit back towards zero.
        return ledger.PostAdjustment(claim, LedgerBucket.Patient, -amount, RefundReason, actor, memo: Reference(method, reference));
    }
}
