namespace Claimsmith.Billing;

/// <summary>One installment of a payment plan and how much of it the patient's payments cover.</summary>
/// <param name="Number">1-based.</param>
/// <param name="DueDate">When it is due.</param>
/// <param name="Amount">What is due.</param>
/// <param name="Paid">What payments cover of it (payments fill installments in order).</param>
/// <param name="State">Paid, partly paid, past due, due (within grace) or upcoming.</param>
public sealed record PlanInstallment(int Number, DateOnly DueDate, Money Amount, Money Paid, PlanInstallmentState State);
