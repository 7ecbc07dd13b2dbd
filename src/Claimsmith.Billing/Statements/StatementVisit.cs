namespace Claimsmith.Billing;

/// <summary>One visit (claim) on a patient statement with its money.</summary>
public sealed record StatementVisit
{
    public Guid ClaimId { get; init; }
    public string ClaimNumber { get; init; } = "";
    public DateOnly ServiceDate { get; init; }
    public string PayerName { get; init; } = "";
    public IReadOnlyList<StatementLine> Lines { get; init; } = [];
    /// <summary>The visit's money from the ledger.</summary>
    public LedgerTotals Totals { get; init; } = new();
    /// <summary>Age bucket of the visit's patient balance (days from the date of service).</summary>
    public AgingBucket Aging { get; init; }
}
