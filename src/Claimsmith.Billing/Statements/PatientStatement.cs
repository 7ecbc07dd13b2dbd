namespace Claimsmith.Billing;

/// <summary>
/// A patient statement as data: who sends it and to whom, the visits with their charges,
/// insurance payments and adjustments, the patient's payments, the amount due, its aging, the due
/// date and how to pay. Built by <see cref="StatementBuilder"/>; rendered to PDF by
/// Claimsmith.Documents; stored with what it showed by a statement run.
/// </summary>
public sealed record PatientStatement
{
    public required string StatementNumber { get; init; }
    public DateOnly StatementDate { get; init; }
    public DateOnly DueDate { get; init; }
    public Guid PatientId { get; init; }
    public Guid OrganizationId { get; init; }
    public required StatementParty Practice { get; init; }
    public required StatementParty Patient { get; init; }
    public IReadOnlyList<StatementVisit> Visits { get; init; } = [];
    /// <summary>Sum over the visits.</summary>
    public LedgerTotals Totals { get; init; } = new();
    /// <summary>What the patient owes now (zero when they have a credit).</summary>
    public Money AmountDue { get; init; }
    /// <summary>A credit balance owed back to the patient (zero when none).</summary>
    public Money Credit { get; init; }
    /// <summary>What insurance has not yet paid or adjusted (shown, not due from the patient).</summary>
    public Money PendingInsurance { get; init; }
    /// <summary>The patient's open balance by age (days from each visit's date of service).</summary>
    public AgingTotals Aging { get; init; } = AgingTotals.Empty;
    /// <summary>How to pay, in words (practice phone, portal, mail).</summary>
    public IReadOnlyList<string> HowToPay { get; init; } = [];
    /// <summary>Plan installment due, when the patient is on a payment plan.</summary>
    public Money? PlanInstallmentDue { get; init; }
}
