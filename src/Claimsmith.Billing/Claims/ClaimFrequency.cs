namespace Claimsmith.Billing;

/// <summary>Claim frequency type code (837 CLM05-3; UB-04 type of bill third digit).</summary>
public enum ClaimFrequency
{
    /// <summary>1: original claim.</summary>
    Original = 1,
    /// <summary>7: replacement of a prior claim (needs the payer's claim control number, REF*F8).</summary>
    Replacement = 7,
    /// <summary>8: void/cancel of a prior claim (needs REF*F8).</summary>
    Void = 8,
}
