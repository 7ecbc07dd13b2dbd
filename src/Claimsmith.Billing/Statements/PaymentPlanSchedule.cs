namespace Claimsmith.Billing;

/// <summary>The installment schedule of a <see cref="PaymentPlan"/> and its standing against payments.</summary>
public static class PaymentPlanSchedule
{
    /// <summary>Longest plan accepted (ten years of monthly installments).</summary>
    public const int MaxInstallments = 120;

    /// <summary>
    /// The installments: <c>ceil(Total / MonthlyAmount)</c> of them, each <see cref="PaymentPlan.MonthlyAmount"/>
    /// except the last, which is the remainder. Due dates are the start date plus whole months,
    /// counted from the start each time so a plan starting on the 31st is due on the last day of
    /// shorter months and back on the 31st after them.
    /// </summary>
    public static IReadOnlyList<(int Number, DateOnly DueDate, Money Amount)> Installments(PaymentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Validate().Count > 0)
        {
            throw new ArgumentException("The plan's terms are not valid.", nameof(plan));
        }

        var result = new List<(int, DateOnly, Money)>();
        var left = plan.Total;
        for (var i = 0; left > Money.Zero; i++)
        {
            var amount = left < plan.MonthlyAmount ? left : plan.MonthlyAmount;
            result.Add((i + 1, plan.StartDate.AddMonths(i), amount));
            left -= amount;
        }

        return result;
    }

    /// <summary>
    /// The standing of <paramref name="plan"/> on <paramref name="asOf"/> given the patient's
    /// <paramref name="payments"/> (date and amount; those before the start are not counted).
    /// Payments fill installments in order, early payments included.
    /// </summary>
    public static PaymentPlanStanding Standing(PaymentPlan plan, IEnumerable<(DateOnly Date, Money Amount)> payments, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(payments);
        var schedule = Installments(plan);
        var paid = Money.Sum(payments.Where(p => p.Date >= plan.StartDate && p.Date <= asOf).Select(p => p.Amount));
        var pool = paid;
        var installments = new List<PlanInstallment>(schedule.Count);
        var pastDue = Money.Zero;
        DateOnly? oldestPastDue = null;
        foreach (var (number, due, amount) in schedule)
        {
            var covered = pool >= amount ? amount : (pool > Money.Zero ? pool : Money.Zero);
            pool -= covered;
            PlanInstallmentState state;
            if (covered == amount)
            {
                state = PlanInstallmentState.Paid;
            }
            else if (asOf > due.AddDays(plan.GraceDays))
            {
                state = PlanInstallmentState.PastDue;
                pastDue += amount - covered;
                oldestPastDue ??= due;
            }
            else
            {
                state = asOf >= due ? PlanInstallmentState.Due : PlanInstallmentState.Upcoming;
            }

            installments.Add(new PlanInstallment(number, due, amount, covered, state));
        }

        var remaining = plan.Total - paid;
        return new PaymentPlanStanding
        {
            Installments = installments,
            Paid = paid,
            Remaining = remaining > Money.Zero ? remaining : Money.Zero,
            PastDue = pastDue,
            IsDelinquent = plan.Status == PaymentPlanStatus.Active && pastDue > Money.Zero,
            DaysPastDue = oldestPastDue is { } d ? asOf.DayNumber - d.DayNumber : 0,
            Next = installments.FirstOrDefault(i => i.State != PlanInstallmentState.Paid),
        };
    }
}
