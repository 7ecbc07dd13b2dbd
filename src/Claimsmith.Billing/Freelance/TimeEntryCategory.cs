namespace Claimsmith.Billing;

/// <summary>What time entered by hand was spent on.</summary>
public enum TimeEntryCategory
{
    Coding = 0,
    Meeting = 1,
    Audit = 2,
    Training = 3,
    Administration = 4,
    /// <summary>A correction of captured time (negative to remove time wrongly captured).</summary>
    CapturedCorrection = 5,
    Other = 6,
}
