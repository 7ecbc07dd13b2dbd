namespace Claimsmith.Edits.Ncci;

/// <summary>The NCCI PTP modifier indicator (NCCI Policy Manual, chapter I, section E).</summary>
public enum PtpModifierIndicator : byte
{
    /// <summary>0: no modifier allows the pair to be reported together.</summary>
    NotAllowed = 0,

    /// <summary>1: an NCCI-associated modifier may allow the pair when the services are distinct.</summary>
    Allowed = 1,

    /// <summary>9: not applicable (the edit was deleted retroactively).</summary>
    NotApplicable = 9,
}
