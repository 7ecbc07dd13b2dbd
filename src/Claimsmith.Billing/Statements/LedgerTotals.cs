namespace Claimsmith.Billing;

/// <summary>
/// What a set of ledger entries (one claim, or one line) amounts to, as a statement shows it.
/// Amounts are positive here (a payment of 40.00 is 40.00), and a reversal counts against the
/// kind it reverses, so a reversed payment is no payment. The two balances are the ledger's.
/// </summary>
public sealed record LedgerTotals
{
    /// <summary>Charges billed.</summary>
    public Money Charges { get; init; }
    /// <summary>Payments received from insurance.</summary>
    public Money InsurancePayments { get; init; }
    /// <summary>Write-offs and other adjustments (positive reduces what is owed), refunds excluded.</summary>
    public Money Adjustments { get; init; }
    /// <summary>Payments received from the patient, less refunds paid back to them.</summary>
    public Money PatientPayments { get; init; }
    /// <summary>What insurance still owes.</summary>
    public Money InsuranceBalance { get; init; }
    /// <summary>What the patient owes (negative: a credit balance).</summary>
    public Money PatientBalance { get; init; }

    /// <summary>Everything still owed.</summary>
    public Money Balance => InsuranceBalance + PatientBalance;

    /// <summary>
    /// Sums <paramref name="entries"/>. <paramref name="all"/> resolves reversals whose original
    /// is not among <paramref name="entries"/> (pass the claim's entries when summing one line).
    /// </summary>
    public static LedgerTotals Of(IEnumerable<LedgerEntry> entries, IEnumerable<LedgerEntry>? all = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries as IReadOnlyCollection<LedgerEntry> ?? entries.ToList();
        var byId = (all ?? list).ToDictionary(e => e.Id);
        long charges = 0, insurancePaid = 0, adjustments = 0, patientPaid = 0, insurance = 0, patient = 0;
        foreach (var e in list)
        {
            var cents = e.Amount.Cents;
            if (e.Bucket == LedgerBucket.Insurance)
            {
                insurance += cents;
            }
            else
            {
                patient += cents;
            }

            var basis = e.Kind == LedgerEntryKind.Reversal && e.ReversesEntryId is { } rid && byId.TryGetValue(rid, out var original) ? original : e;
            switch (basis.Kind)
            {
                case LedgerEntryKind.Charge:
                    charges += cents;
                    break;
                case LedgerEntryKind.Payment when basis.Bucket == LedgerBucket.Insurance:
                    insurancePaid -= cents;
                    break;
                case LedgerEntryKind.Payment:
                    patientPaid -= cents;
                    break;
                case LedgerEntryKind.Adjustment when PatientBilling.IsRefund(basis):
                    // A refund gives patient money back: it undoes part of their payments.
                    patientPaid -= cents;
                    break;
                case LedgerEntryKind.Adjustment:
                    adjustments -= cents;
                    break;
            }
        }

        return new LedgerTotals
        {
            Charges = Money.FromCents(charges),
            InsurancePayments = Money.FromCents(insurancePaid),
            Adjustments = Money.FromCents(adjustments),
            PatientPayments = Money.FromCents(patientPaid),
            InsuranceBalance = Money.FromCents(insurance),
            PatientBalance = Money.FromCents(patient),
        };
    }
}
