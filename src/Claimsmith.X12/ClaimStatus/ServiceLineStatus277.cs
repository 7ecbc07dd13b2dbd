using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;

namespace Claimsmith.X12.ClaimStatus;

/// <summary>Loop 2220: the status of one service line (SVC, STC, REF*FJ line item control number, DTP*472).</summary>
public sealed class ServiceLineStatus277
{
    /// <summary>SVC01 procedure.</summary>
    public ProcedureCode? Procedure { get; set; }
    /// <summary>SVC02 line charge.</summary>
    public decimal? Charge { get; set; }
    /// <summary>SVC03 line payment.</summary>
    public decimal? Paid { get; set; }
    /// <summary>SVC04 revenue code.</summary>
    public string? RevenueCode { get; set; }
    /// <summary>STC statuses.</summary>
    public List<StatusInfo> Statuses { get; } = [];
    /// <summary>REF: FJ line item control number.</summary>
    public List<Reference> References { get; } = [];
    /// <summary>DTP*472 service date.</summary>
    public List<DateReference> Dates { get; } = [];

    /// <summary>REF*FJ line item control number (the 837 REF*6R).</summary>
    public string? LineItemControlNumber => References.Find(r => r.Qualifier == "FJ")?.Value;
}
