namespace Claimsmith.Billing;

/// <summary>A balance split by who owes it.</summary>
public readonly record struct LedgerBalance(Money Insurance, Money Patient)
{
    /// <summary>Everything still owed.</summary>
    public Money Total => Insurance + Patient;

    /// <summary>The balance of a set of entries.</summary>
    public static LedgerBalance Of(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var insurance = Money.Zero;
        var patient = Money.Zero;
        foreach (var e in entries)
        {
            if (e.Bucket == LedgerBucket.Insurance)
            {
                insurance += e.Amount;
            }
            else
            {
                patient += e.Amount;
            }
        }

        return new LedgerBalance(insurance, patient);
    }
}
