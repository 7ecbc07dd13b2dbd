namespace Claimsmith.Billing;

/// <summary>How a patient payment was applied, or why it was refused (then nothing was posted).</summary>
public sealed record PatientPaymentResult(IReadOnlyList<PaymentAllocation> Allocations, IReadOnlyList<LedgerEntry> Entries, BillingIssue? Issue)
{
    /// <summary>True when the payment was posted.</summary>
    public bool Succeeded => Issue is null;

    internal static PatientPaymentResult Refused(string code, string location, string message) => new([], [], new BillingIssue(code, location, message));
}
