namespace Claimsmith.Billing;

/// <summary>The part of a patient payment applied to one claim.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="ClaimNumber">Its number (CLM01).</param>
/// <param name="Amount">The amount applied.</param>
/// <param name="CreatesCredit">True when this part exceeds what the patient owed on the claim (a credit balance, refundable).</param>
public sealed record PaymentAllocation(Guid ClaimId, string ClaimNumber, Money Amount, bool CreatesCredit);
