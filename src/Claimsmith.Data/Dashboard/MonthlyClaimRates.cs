namespace Claimsmith.Data;

/// <summary>
/// The claim counts and rates of one calendar month, for the claims first submitted in that month,
/// with the definitions of <see cref="Billing.RevenueCycleMeasures"/> (clean claim rate, first-pass
/// resolution rate). Rates are fractions rounded to four places, null when nothing was submitted or adjudicated.
/// </summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Submitted">Claims first submitted in the month.</param>
/// <param name="Clean">Of those, accepted at the first submission, never rejected or resubmitted, no scrubber edit overridden.</param>
/// <param name="Adjudicated">Of those, adjudicated (paid, partly paid or denied) by now.</param>
/// <param name="FirstPass">Of those adjudicated, paid in full at the first adjudication with no rejection, resubmission or appeal.</param>
public sealed record MonthlyClaimRates(DateOnly Month, int Submitted, int Clean, int Adjudicated, int FirstPass)
{
    /// <summary>Clean / Submitted.</summary>
    public decimal? CleanClaimRate => Billing.RevenueCycleMeasures.Rate(Clean, Submitted);

    /// <summary>FirstPass / Adjudicated.</summary>
    public decimal? FirstPassResolutionRate => Billing.RevenueCycleMeasures.Rate(FirstPass, Adjudicated);
}
