namespace Claimsmith.X12.Common;

/// <summary>
/// One adjustment from a CAS segment: group code + Claim Adjustment Reason Code + amount (+ units).
/// A CAS segment carries up to six of these under one group code (835 guide 1.10.2.4).
/// </summary>
/// <param name="Group">CAS01: CO contractual obligation, PR patient responsibility, OA other, PI payer initiated, CR correction/reversal.</param>
/// <param name="ReasonCode">CARC, e.g. 45 charge exceeds fee schedule, 1 deductible, 2 coinsurance, 3 copay.</param>
/// <param name="Amount">Adjusted amount; positive decreases the payment, negative increases it.</param>
/// <param name="Quantity">Adjusted units, when given.</param>
public sealed record Adjustment(string Group, string ReasonCode, decimal Amount, decimal? Quantity = null);
