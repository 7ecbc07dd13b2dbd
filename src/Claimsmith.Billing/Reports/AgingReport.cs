namespace Claimsmith.Billing;

/// <summary>
/// Accounts receivable aging on <see cref="AsOf"/>. Each claim's open balance (ledger entries
/// posted up to the end of that day; for payers the insurance bucket, for patients the patient
/// bucket) is aged in whole days from the claim's first date of service (<see cref="Basis"/>)
/// and put in one bucket: 0-30, 31-60, 61-90, 91-120, over 120. Only claims with a positive
/// balance count: credit balances are not receivables.
/// </summary>
public sealed record AgingReport
{
    public AgingBy By { get; init; }
    public DateOnly AsOf { get; init; }
    /// <summary>The day aging counts from, in words.</summary>
    public string Basis { get; init; } = BasisText;
    public IReadOnlyList<AgingRow> Rows { get; init; } = [];
    /// <summary>Sum over every row (not only the page shown).</summary>
    public AgingTotals Totals { get; init; } = AgingTotals.Empty;

    /// <summary>The aging basis used everywhere in Claimsmith.</summary>
    public const string BasisText = "Days from the claim's first date of service to the as-of date.";
}
