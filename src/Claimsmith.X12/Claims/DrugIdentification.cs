using Claimsmith.X12.Common;

namespace Claimsmith.X12.Claims;

/// <summary>Loop 2410: the drug given on a line (LIN NDC, CTP quantity and unit, REF prescription/link number).</summary>
public sealed class DrugIdentification
{
    /// <summary>LIN02 product id qualifier (N4 = NDC 5-4-2).</summary>
    public string Qualifier { get; set; } = "N4";
    /// <summary>LIN03, the 11-digit NDC.</summary>
    public required string Ndc { get; set; }
    /// <summary>CTP04 quantity.</summary>
    public decimal? Quantity { get; set; }
    /// <summary>CTP05-1 unit: F2 international unit, GR gram, ME milligram, ML, UN unit.</summary>
    public string? Unit { get; set; }
    /// <summary>CTP03 unit price (not used by the guide; kept if sent).</summary>
    public decimal? UnitPrice { get; set; }
    /// <summary>REF XZ prescription number or VY link sequence number.</summary>
    public List<Reference> References { get; } = [];
}
