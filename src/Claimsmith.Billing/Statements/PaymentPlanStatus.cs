namespace Claimsmith.Billing;

/// <summary>Where a payment plan is in its life.</summary>
public enum PaymentPlanStatus
{
    Active = 0,
    Completed = 1,
    Cancelled = 2,
}
