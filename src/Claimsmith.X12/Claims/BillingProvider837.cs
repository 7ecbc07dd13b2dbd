using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Claims;

/// <summary>Loop 2000A: the billing provider (2010AA), optional pay-to address (2010AB) and pay-to plan (2010AC), with the subscribers below.</summary>
public sealed class BillingProvider837
{
    /// <summary>2010AA: NM1*85 with NPI, N3/N4 (9-digit ZIP), REF*EI tax id.</summary>
    public required Party837 Provider { get; set; }
    /// <summary>PRV*BI*PXC taxonomy at 2000A: (code, qualifier, taxonomy).</summary>
    public (string Code, string Qualifier, string Taxonomy)? Specialty { get; set; }
    /// <summary>CUR currency at 2000A, when sent.</summary>
    public X12Segment? Currency { get; set; }
    /// <summary>2010AB pay-to address (NM1*87).</summary>
    public Party837? PayToAddress { get; set; }
    /// <summary>2010AC pay-to plan (NM1*PE).</summary>
    public Party837? PayToPlan { get; set; }
    /// <summary>2000B subscribers.</summary>
    public List<Subscriber837> Subscribers { get; } = [];
}
