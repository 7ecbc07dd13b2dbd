namespace Claimsmith.Billing;

/// <summary>How a patient paid (or was refunded).</summary>
public enum PatientPaymentMethod
{
    Cash = 0,
    Check = 1,
    Card = 2,
}
