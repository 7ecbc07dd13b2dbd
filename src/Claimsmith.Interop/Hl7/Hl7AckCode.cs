namespace Claimsmith.Interop.Hl7;

/// <summary>Original-mode acknowledgment codes (HL7 table 0008, MSA-1).</summary>
public enum Hl7AckCode
{
    /// <summary>AA: application accept.</summary>
    Accept = 0,
    /// <summary>AE: application error; the receiver kept the message for review.</summary>
    Error = 1,
    /// <summary>AR: application reject (unreadable, unsupported type, version or processing id).</summary>
    Reject = 2,
}
