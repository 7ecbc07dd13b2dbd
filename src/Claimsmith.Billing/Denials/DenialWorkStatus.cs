namespace Claimsmith.Billing;

/// <summary>Where a denial work item stands.</summary>
public enum DenialWorkStatus
{
    /// <summary>Not yet worked.</summary>
    Open = 0,
    /// <summary>Assigned to a biller.</summary>
    Assigned = 1,
    /// <summary>Done: appealed, corrected, written off, or cancelled by a payer reversal.</summary>
    Resolved = 2,
}
