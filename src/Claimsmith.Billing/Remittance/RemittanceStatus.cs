namespace Claimsmith.Billing;

/// <summary>Where the posting of one 835 payment (one BPR/TRN) stands.</summary>
public enum RemittanceStatus
{
    /// <summary>Recorded and being posted claim by claim; a restart resumes from here.</summary>
    Posting = 0,
    /// <summary>Every claim payment posted.</summary>
    Posted = 1,
    /// <summary>Posted except the claim payments waiting in the exceptions queue.</summary>
    PostedWithExceptions = 2,
}
