namespace Claimsmith.Edits.Claims;

/// <summary>Which claim form a claim follows: CMS-1500 / 837P or UB-04 / 837I.</summary>
public enum ClaimKind : byte
{
    /// <summary>Professional claim (CMS-1500, X12 837P).</summary>
    Professional = 0,

    /// <summary>Institutional claim (UB-04, X12 837I).</summary>
    Institutional = 1,
}
