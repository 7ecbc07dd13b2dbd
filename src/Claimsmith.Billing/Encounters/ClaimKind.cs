namespace Claimsmith.Billing;

/// <summary>Professional (837P / CMS-1500) or institutional (837I / UB-04).</summary>
public enum ClaimKind
{
    Professional = 0,
    Institutional = 1,
}
