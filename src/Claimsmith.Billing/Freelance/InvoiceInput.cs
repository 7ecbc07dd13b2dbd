namespace Claimsmith.Billing;

/// <summary>Everything an invoice for one client and period is computed from.</summary>
public sealed record InvoiceInput
{
    /// <summary>First day of the period.</summary>
    public required DateOnly PeriodStart { get; init; }
    /// <summary>Last day of the period (inclusive).</summary>
    public required DateOnly PeriodEnd { get; init; }
    public required IReadOnlyList<FreelanceContract> Contracts { get; init; }
    public IReadOnlyList<BillableTime> Time { get; init; } = [];
    public IReadOnlyList<BillableChart> Charts { get; init; } = [];
    public IReadOnlyList<Collection> Collections { get; init; } = [];
}
