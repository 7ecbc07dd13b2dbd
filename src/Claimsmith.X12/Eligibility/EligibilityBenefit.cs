using Claimsmith.X12.Common;

namespace Claimsmith.X12.Eligibility;

/// <summary>
/// EB: one benefit line of a 271: active coverage (1), deductible (C), copayment (B),
/// coinsurance (A), out of pocket (G), limitations (F), non-covered (I), contact (L), ...
/// </summary>
public sealed class EligibilityBenefit
{
    /// <summary>EB01 eligibility or benefit information code.</summary>
    public required string InformationCode { get; set; }
    /// <summary>EB02 coverage level: IND individual, FAM family, ...</summary>
    public string? CoverageLevel { get; set; }
    /// <summary>EB03 service type codes (repeated).</summary>
    public List<string> ServiceTypes { get; } = [];
    /// <summary>EB04 insurance type code.</summary>
    public string? InsuranceType { get; set; }
    /// <summary>EB05 plan coverage description.</summary>
    public string? PlanDescription { get; set; }
    /// <summary>EB06 time period qualifier: 23 calendar year, 27 visit, 29 remaining, 22 service year, ...</summary>
    public string? TimePeriod { get; set; }
    /// <summary>EB07 monetary amount (copay, deductible, out-of-pocket).</summary>
    public decimal? Amount { get; set; }
    /// <summary>EB08 percent as a decimal fraction (coinsurance .2 = 20%).</summary>
    public decimal? Percent { get; set; }
    /// <summary>EB09 quantity qualifier.</summary>
    public string? QuantityQualifier { get; set; }
    /// <summary>EB10 quantity.</summary>
    public decimal? Quantity { get; set; }
    /// <summary>EB11 authorization or certification required (Y/N/U).</summary>
    public string? AuthorizationRequired { get; set; }
    /// <summary>EB12 in plan network (Y/N/W/U).</summary>
    public string? InNetwork { get; set; }
    /// <summary>DTP dates for this benefit.</summary>
    public List<DateReference> Dates { get; } = [];
    /// <summary>MSG free-form messages.</summary>
    public List<string> Messages { get; } = [];
    /// <summary>REF for this benefit.</summary>
    public List<Reference> References { get; } = [];
    /// <summary>2120 benefit related entities between LS and LE (NM1 name and id as written).</summary>
    public List<(string EntityCode, string? Name, string? IdQualifier, string? Id)> RelatedEntities { get; } = [];
}
