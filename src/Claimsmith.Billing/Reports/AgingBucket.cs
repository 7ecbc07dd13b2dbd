namespace Claimsmith.Billing;

/// <summary>
/// An aging bucket of an open balance, by whole days since the date of service (the first date
/// of service of the claim): 0-30, 31-60, 61-90, 91-120, over 120. Statements and the A/R
/// reports use the same buckets and the same start date, so a patient's statement agrees with
/// the patient aging report.
/// </summary>
public enum AgingBucket
{
    /// <summary>0 to 30 days.</summary>
    Current = 0,
    /// <summary>31 to 60 days.</summary>
    Days31To60 = 1,
    /// <summary>61 to 90 days.</summary>
    Days61To90 = 2,
    /// <summary>91 to 120 days.</summary>
    Days91To120 = 3,
    /// <summary>More than 120 days.</summary>
    Over120 = 4,
}
