namespace Claimsmith.Billing;

/// <summary>What an acknowledgement said about one transaction set or claim.</summary>
public enum AcknowledgementVerdict
{
    /// <summary>Received but not yet judged (277CA category A0/A1, or pending/informational categories).</summary>
    Received = 0,
    /// <summary>Accepted (999 IK501 A/E; 277CA A2, A5).</summary>
    Accepted = 1,
    /// <summary>Rejected (999 IK501 R/M/W/X; 277CA A3, A4, A6, A7, A8, E0-E4).</summary>
    Rejected = 2,
}
