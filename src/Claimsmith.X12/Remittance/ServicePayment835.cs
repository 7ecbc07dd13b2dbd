using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;

namespace Claimsmith.X12.Remittance;

/// <summary>Loop 2110: how one service line was paid (SVC, DTM, CAS, REF, AMT, QTY, LQ).</summary>
public sealed class ServicePayment835
{
    private List<Adjustment>? _adjustments;

    /// <summary>SVC01 procedure as adjudicated.</summary>
    public ProcedureCode? Procedure { get; set; }
    /// <summary>SVC02 line charge.</summary>
    public decimal Charge { get; set; }
    /// <summary>SVC03 line payment.</summary>
    public decimal Paid { get; set; }
    /// <summary>SVC04 revenue code (institutional).</summary>
    public string? RevenueCode { get; set; }
    /// <summary>SVC05 units paid.</summary>
    public decimal? UnitsPaid { get; set; }
    /// <summary>SVC06 procedure as submitted, when the payer changed it.</summary>
    public ProcedureCode? SubmittedProcedure { get; set; }
    /// <summary>SVC07 original units submitted.</summary>
    public decimal? SubmittedUnits { get; set; }
    /// <summary>DTM: 472 service date, 150/151 service period.</summary>
    public List<DateReference> Dates => field ??= new(1);
    /// <summary>CAS line adjustments.</summary>
    public List<Adjustment> Adjustments => _adjustments ??= new(2);

    /// <summary>The adjustments when any were added, without creating the list.</summary>
    internal List<Adjustment>? AdjustmentsOrNull => _adjustments;
    /// <summary>REF: 6R line item control number (from 837 REF*6R), LU location, 0K policy, ...</summary>
    public List<Reference> References => field ??= new(1);
    /// <summary>AMT: B6 allowed, KH deduction, T tax, ...</summary>
    public List<Amount> Amounts => field ??= new(1);
    /// <summary>QTY.</summary>
    public List<Quantity> Quantities => field ??= new(1);
    /// <summary>LQ remark codes.</summary>
    public List<RemarkCode> Remarks => field ??= new(1);
    /// <summary>Segment number of the SVC in the input (0 for a model built in code).</summary>
    public long SegmentNumber { get; set; }

    /// <summary>REF*6R line item control number.</summary>
    public string? LineItemControlNumber => References.Find(r => r.Qualifier == "6R")?.Value;

    /// <summary>AMT*B6 allowed amount.</summary>
    public decimal? Allowed => Amounts.Find(a => a.Qualifier == "B6")?.Value;

    /// <summary>Service date (DTM*472, or the start of DTM*150).</summary>
    public DateOnly? ServiceDate => (Dates.Find(d => d.Qualifier == "472") ?? Dates.Find(d => d.Qualifier == "150"))?.Date;
}
