namespace Claimsmith.X12.Claims;

/// <summary>Which 837 implementation guide a submission follows.</summary>
public enum ClaimKind
{
    /// <summary>837P, 005010X222A1 (paper twin: CMS-1500).</summary>
    Professional,

    /// <summary>837I, 005010X223A2 (paper twin: UB-04).</summary>
    Institutional,
}
