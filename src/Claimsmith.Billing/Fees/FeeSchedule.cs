namespace Claimsmith.Billing;

/// <summary>
/// Prices charge lines from a practice's fee schedule rows: the row of the code and first
/// modifier in effect on the date of service, else the code's row without a modifier (as
/// contract rates are matched when a remittance is checked for underpayment).
/// </summary>
public sealed class FeeSchedule
{
    /// <summary>A schedule without rows: nothing is priced.</summary>
    public static readonly FeeSchedule Empty = new([]);

    private readonly ILookup<string, FeeScheduleEntry> _byCode;

    /// <summary>A schedule of <paramref name="entries"/> (one organization's, or any subset that holds the codes to price).</summary>
    public FeeSchedule(IEnumerable<FeeScheduleEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byCode = entries.ToLookup(e => e.ProcedureCode.Value, StringComparer.Ordinal);
    }

    /// <summary>The row that prices <paramref name="code"/> with <paramref name="firstModifier"/> on <paramref name="dateOfService"/>, or null.</summary>
    public FeeScheduleEntry? Find(ProcedureCode code, Modifier? firstModifier, DateOnly dateOfService)
    {
        var rows = _byCode[code.Value];
        var modifier = firstModifier?.Value ?? "";
        return rows.FirstOrDefault(r => r.Modifier == modifier && r.AppliesOn(dateOfService))
            ?? (modifier.Length > 0 ? rows.FirstOrDefault(r => r.Modifier.Length == 0 && r.AppliesOn(dateOfService)) : null);
    }

    /// <summary>
    /// The line charge for <paramref name="units"/> units (the row's amount times the units,
    /// rounded to the cent), or null when the schedule has no row for the code on that date.
    /// </summary>
    public Money? Price(ProcedureCode code, Modifier? firstModifier, decimal units, DateOnly dateOfService) =>
        Find(code, firstModifier, dateOfService) is { } row
            ? Money.Of(decimal.Round(row.Amount.Amount * units, 2, MidpointRounding.AwayFromZero))
            : null;
}
