namespace Claimsmith.Billing;

/// <summary>What a statement is built from.</summary>
public sealed record StatementRequest
{
    public required Organization Organization { get; init; }
    public required Patient Patient { get; init; }
    /// <summary>The patient's claims with their lines.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }
    /// <summary>Every ledger entry of those claims.</summary>
    public required IReadOnlyList<LedgerEntry> Entries { get; init; }
    public required string StatementNumber { get; init; }
    public DateOnly StatementDate { get; init; }
    /// <summary>Days from the statement date to the due date.</summary>
    public int DueInDays { get; init; } = 30;
    /// <summary>Extra payment instructions (portal address, office hours).</summary>
    public IReadOnlyList<string> PaymentInstructions { get; init; } = [];
    /// <summary>The installment due this month when the patient is on a payment plan.</summary>
    public Money? PlanInstallmentDue { get; init; }
}
