namespace Claimsmith.Billing;

/// <summary>The state of one installment on a given day.</summary>
public enum PlanInstallmentState
{
    /// <summary>Not yet due.</summary>
    Upcoming = 0,
    /// <summary>Due and not fully paid, still within the grace period.</summary>
    Due = 1,
    /// <summary>Not fully paid and past its due date plus the grace days.</summary>
    PastDue = 2,
    /// <summary>Fully paid.</summary>
    Paid = 3,
}
