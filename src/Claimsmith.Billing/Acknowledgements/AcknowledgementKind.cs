namespace Claimsmith.Billing;

/// <summary>Which acknowledgement a received file is.</summary>
public enum AcknowledgementKind
{
    /// <summary>999 implementation acknowledgment (005010X231A1): syntax verdict per transaction set.</summary>
    Implementation999 = 1,
    /// <summary>277CA claim acknowledgment (005010X214): the payer's front-end verdict per claim.</summary>
    ClaimAcknowledgement277 = 2,
}
