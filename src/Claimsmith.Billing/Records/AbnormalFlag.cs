namespace Claimsmith.Billing;

/// <summary>
/// Interpretation of a result against its reference range (HL7 table 0078 OBX-8; FHIR
/// v3-ObservationInterpretation L, H, LL, HH, A, N).
/// </summary>
public enum AbnormalFlag
{
    /// <summary>No interpretation given and none derivable.</summary>
    None = 0,
    /// <summary>N: within the reference range.</summary>
    Normal = 1,
    /// <summary>L: below the low normal.</summary>
    Low = 2,
    /// <summary>H: above the high normal.</summary>
    High = 3,
    /// <summary>LL: critically low.</summary>
    CriticalLow = 4,
    /// <summary>HH: critically high.</summary>
    CriticalHigh = 5,
    /// <summary>A: abnormal, direction not given (coded or text results).</summary>
    Abnormal = 6,
}
