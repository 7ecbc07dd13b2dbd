namespace Claimsmith.Billing;

/// <summary>Payer responsibility sequence (837 SBR01: P, S, T).</summary>
public enum CoverageOrder
{
    Primary = 1,
    Secondary = 2,
    Tertiary = 3,
}
