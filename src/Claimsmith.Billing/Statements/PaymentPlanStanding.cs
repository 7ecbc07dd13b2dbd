namespace Claimsmith.Billing;

/// <summary>A payment plan's schedule on a given day, with what is paid and what is past due.</summary>
public sealed record PaymentPlanStanding
{
    public required IReadOnlyList<PlanInstallment> Installments { get; init; }
    /// <summary>Patient payments counted towards the plan (on or after its start).</summary>
    public Money Paid { get; init; }
    /// <summary>What the plan still needs.</summary>
    public Money Remaining { get; init; }
    /// <summary>Unpaid amount of installments past due beyond the grace days.</summary>
    public Money PastDue { get; init; }
    /// <summary>True when any installment is past due beyond the grace days.</summary>
    public bool IsDelinquent { get; init; }
    /// <summary>Days since the oldest past-due installment's due date (0 when none).</summary>
    public int DaysPastDue { get; init; }
    /// <summary>The next installment not fully paid, if any.</summary>
    public PlanInstallment? Next { get; init; }
}
