namespace Claimsmith.Billing;

/// <summary>One payer's or patient's open balance by age.</summary>
/// <param name="Id">The payer or patient id.</param>
/// <param name="Name">Payer name, or the patient's "Last, First".</param>
/// <param name="AccountNumber">The patient's account number (null for payers).</param>
/// <param name="Claims">Number of claims with an open balance.</param>
/// <param name="Aging">The balance by bucket.</param>
public sealed record AgingRow(Guid Id, string Name, string? AccountNumber, int Claims, AgingTotals Aging);
