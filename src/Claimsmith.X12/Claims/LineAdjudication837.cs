using Claimsmith.X12.Common;

namespace Claimsmith.X12.Claims;

/// <summary>Loop 2430: how another payer adjudicated this line (SVD, CAS, DTP*573, AMT*EAF).</summary>
public sealed class LineAdjudication837
{
    /// <summary>SVD01 other payer primary identifier (matches 2330B NM109).</summary>
    public required string PayerId { get; set; }
    /// <summary>SVD02 amount paid for the line.</summary>
    public decimal PaidAmount { get; set; }
    /// <summary>SVD03 procedure as adjudicated (837P).</summary>
    public ProcedureCode? Procedure { get; set; }
    /// <summary>SVD04 revenue code (837I).</summary>
    public string? RevenueCode { get; set; }
    /// <summary>SVD05 paid units.</summary>
    public decimal? PaidUnits { get; set; }
    /// <summary>SVD06 bundled or unbundled line number.</summary>
    public string? BundledLineNumber { get; set; }
    /// <summary>CAS line adjustments.</summary>
    public List<Adjustment> Adjustments { get; } = [];
    /// <summary>DTP*573 adjudication or payment date.</summary>
    public List<DateReference> Dates { get; } = [];
    /// <summary>AMT*EAF remaining patient liability.</summary>
    public List<Amount> Amounts { get; } = [];
}
