namespace Claimsmith.Billing;

/// <summary>
/// An agreement that a patient pays <see cref="Total"/> in monthly installments of
/// <see cref="MonthlyAmount"/> (the last one smaller when it does not divide evenly), the first
/// due on <see cref="StartDate"/> and each next one on the same day of the following months.
/// Installments are tracked against the patient's payments on the ledger (<see cref="PaymentPlanSchedule"/>).
/// </summary>
public sealed class PaymentPlan : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid PatientId { get; set; }
    /// <summary>The balance the plan covers.</summary>
    public Money Total { get; set; }
    public Money MonthlyAmount { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>Days after a due date before an unpaid installment makes the plan delinquent.</summary>
    public int GraceDays { get; set; } = 15;
    public PaymentPlanStatus Status { get; set; } = PaymentPlanStatus.Active;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string? Note { get; set; }
    /// <inheritdoc />
    public long Version { get; set; }

    /// <summary>Checks the terms; empty when they are valid.</summary>
    public IReadOnlyList<BillingIssue> Validate()
    {
        var issues = new List<BillingIssue>();
        if (Total <= Money.Zero)
        {
            issues.Add(new BillingIssue("plan.total", "total", "The plan total must be greater than zero."));
        }

        if (MonthlyAmount <= Money.Zero)
        {
            issues.Add(new BillingIssue("plan.monthly", "monthlyAmount", "The monthly amount must be greater than zero."));
        }
        else if (Total > Money.Zero && Total.Amount / MonthlyAmount.Amount > PaymentPlanSchedule.MaxInstallments)
        {
            issues.Add(new BillingIssue("plan.tooLong", "monthlyAmount", $"A plan has at most {PaymentPlanSchedule.MaxInstallments} installments."));
        }

        if (GraceDays is < 0 or > 90)
        {
            issues.Add(new BillingIssue("plan.grace", "graceDays", "Grace days are between 0 and 90."));
        }

        return issues;
    }
}
