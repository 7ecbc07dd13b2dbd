using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Statements;

public sealed class PaymentPlanScheduleTests
{
    private static PaymentPlan Plan(decimal total, decimal monthly, DateOnly start, int grace = 15) =>
        new() { Total = Money.Of(total), MonthlyAmount = Money.Of(monthly), StartDate = start, GraceDays = grace };

    [Fact]
    public void Installments_LastIsTheRemainder_DueMonthlyFromTheStart()
    {
        var schedule = PaymentPlanSchedule.Installments(Plan(250.10m, 60m, new DateOnly(2026, 1, 31)));

        Assert.Equal(5, schedule.Count);
        Assert.Equal([60m, 60m, 60m, 60m, 10.10m], schedule.Select(i => i.Amount.Amount));
        Assert.Equal(Money.Of(250.10m), Money.Sum(schedule.Select(i => i.Amount)));
        // Counted from the start each time: Feb 28, then back to the 31st in March.
        Assert.Equal([new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 31)],
            schedule.Select(i => i.DueDate));
    }

    [Fact]
    public void Standing_PaymentsFillInstallmentsInOrder_AndLatenessBeyondGraceIsDelinquency()
    {
        var plan = Plan(300m, 100m, new DateOnly(2026, 1, 10));
        (DateOnly, Money)[] payments = [(new DateOnly(2026, 1, 9), Money.Of(50m)), (new DateOnly(2026, 1, 12), Money.Of(100m)), (new DateOnly(2026, 2, 20), Money.Of(30m))];

        var onTime = PaymentPlanSchedule.Standing(plan, payments, new DateOnly(2026, 2, 20));
        // The January 9 payment predates the plan; 130.00 counts: installment 1 paid, 30.00 of 2 (due Feb 10, grace to Feb 25).
        Assert.Equal(Money.Of(130m), onTime.Paid);
        Assert.Equal(Money.Of(170m), onTime.Remaining);
        Assert.Equal([PlanInstallmentState.Paid, PlanInstallmentState.Due, PlanInstallmentState.Upcoming], onTime.Installments.Select(i => i.State));
        Assert.Equal(Money.Of(30m), onTime.Installments[1].Paid);
        Assert.False(onTime.IsDelinquent);

        var late = PaymentPlanSchedule.Standing(plan, payments, new DateOnly(2026, 2, 26));
        Assert.True(late.IsDelinquent);
        Assert.Equal(Money.Of(70m), late.PastDue);
        Assert.Equal(16, late.DaysPastDue);
        Assert.Equal(2, late.Next?.Number);
    }

    [Fact]
    public void Validate_RejectsImpossibleTerms()
    {
        Assert.Contains(Plan(0m, 10m, new DateOnly(2026, 1, 1)).Validate(), i => i.Code == "plan.total");
        Assert.Contains(Plan(10m, 0m, new DateOnly(2026, 1, 1)).Validate(), i => i.Code == "plan.monthly");
        Assert.Contains(Plan(10_000m, 10m, new DateOnly(2026, 1, 1)).Validate(), i => i.Code == "plan.tooLong");
        Assert.Empty(Plan(1_200m, 10m, new DateOnly(2026, 1, 1)).Validate());
    }
}
