namespace Claimsmith.Billing;

/// <summary>Where an eligibility check is.</summary>
public enum EligibilityCheckStatus
{
    /// <summary>The 270 was built (and handed to the clearinghouse connection); no 271 yet.</summary>
    Requested = 0,
    /// <summary>A 271 answered it.</summary>
    Answered = 1,
    /// <summary>A 271 came back that could not answer (AAA rejection).</summary>
    NotAnswered = 2,
}
