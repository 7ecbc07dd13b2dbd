namespace Claimsmith.Billing;

/// <summary>
/// The revenue-cycle measures for a period, each with the counts or amounts it is computed from
/// so a reader can check it, and its definition in <see cref="Definitions"/>. Rates are
/// fractions (0.95 is 95%), rounded to four places; null when the denominator is zero.
/// </summary>
public sealed record RevenueCycleMeasures
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }

    /// <summary>Claims first submitted in the period.</summary>
    public int ClaimsSubmitted { get; init; }
    /// <summary>Of those, accepted on first submission with no rejection, no resubmission and no scrubber edit overridden.</summary>
    public int CleanClaims { get; init; }
    /// <summary>Of those submitted, adjudicated (paid, partly paid or denied) by now.</summary>
    public int ClaimsAdjudicated { get; init; }
    /// <summary>Of those adjudicated, denied at their first adjudication.</summary>
    public int InitiallyDenied { get; init; }
    /// <summary>Of those adjudicated, paid in full at their first adjudication with no rejection, resubmission or appeal.</summary>
    public int FirstPassResolved { get; init; }

    public decimal? CleanClaimRate { get; init; }
    public decimal? InitialDenialRate { get; init; }
    public decimal? FirstPassResolutionRate { get; init; }

    /// <summary>All open balances (insurance and patient) at the end of <see cref="To"/>.</summary>
    public Money TotalAr { get; init; }
    /// <summary>Charges posted in the 90 days ending on <see cref="To"/>.</summary>
    public Money Charges90Days { get; init; }
    public decimal? DaysInAr { get; init; }

    /// <summary>Charges posted in the period.</summary>
    public Money Charges { get; init; }
    /// <summary>Insurance and patient payments posted in the period (refunds deducted).</summary>
    public Money Payments { get; init; }
    /// <summary>Contractual adjustments (<see cref="DenialCategory.Contractual"/>) posted in the period.</summary>
    public Money ContractualAdjustments { get; init; }
    public decimal? NetCollectionRate { get; init; }

    /// <summary>Denial write-offs posted in the period by category (adjustments whose reason <see cref="DenialClassifier"/> reads as a denial).</summary>
    public IReadOnlyDictionary<DenialCategory, Money> DenialsByCategory { get; init; } = new Dictionary<DenialCategory, Money>();

    /// <summary>Each measure's definition, by name.</summary>
    public static IReadOnlyDictionary<string, string> Definitions { get; } = new Dictionary<string, string>
    {
        ["cleanClaimRate"] = "Claims first submitted in the period that were accepted on that first submission, never rejected, never resubmitted and with no scrubber edit overridden, divided by all claims first submitted in the period.",
        ["initialDenialRate"] = "Claims first submitted in the period whose first adjudication (the first of paid, partly paid or denied) was a denial, divided by those claims that have been adjudicated.",
        ["firstPassResolutionRate"] = "Claims first submitted in the period paid in full at their first adjudication, with no rejection, resubmission or appeal before it, divided by those claims that have been adjudicated.",
        ["daysInAr"] = "Total accounts receivable (every open balance, insurance and patient, on the ledger at the end of the period) divided by average daily charges (charges posted in the 90 days ending on the last day of the period, divided by 90).",
        ["netCollectionRate"] = "Payments posted in the period (insurance and patient, reversals and refunds deducted) divided by (charges posted in the period minus contractual adjustments posted in the period).",
        ["denialsByCategory"] = "Adjustments posted in the period (reversals deducted) whose group code and CARC the DenialClassifier reads as a denial, summed by denial category.",
    };

    /// <summary>A rate rounded to four places, or null for a zero denominator.</summary>
    public static decimal? Rate(decimal numerator, decimal denominator) => denominator == 0m ? null : decimal.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero);
}
