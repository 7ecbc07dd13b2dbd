namespace Claimsmith.Billing;

/// <summary>
/// One adjustment another payer made (835 CAS, sent on a secondary claim as 837 2320/2430 CAS):
/// group code, Claim Adjustment Reason Code, amount and units.
/// </summary>
/// <param name="Group">CO contractual, PR patient responsibility, OA other, PI payer initiated, CR correction.</param>
/// <param name="ReasonCode">CARC, e.g. 45, 1 (deductible), 2 (coinsurance), 3 (copay).</param>
/// <param name="Amount">Adjusted amount; positive reduces the payment.</param>
/// <param name="Quantity">Adjusted units, when given.</param>
public sealed record OtherPayerAdjustment(string Group, string ReasonCode, Money Amount, decimal? Quantity = null);
