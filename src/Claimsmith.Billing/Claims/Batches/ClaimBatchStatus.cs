namespace Claimsmith.Billing;

/// <summary>Where a released 837 batch is: created here, then sent and acknowledged (999) by the receiver.</summary>
public enum ClaimBatchStatus
{
    /// <summary>Validated, recorded and its claims Submitted; the file is ready to send.</summary>
    Created = 0,
    /// <summary>Handed to the clearinghouse.</summary>
    Sent = 1,
    /// <summary>The receiver's 999 accepted the interchange.</summary>
    Accepted = 2,
    /// <summary>The receiver's 999 rejected the interchange.</summary>
    Rejected = 3,
}
