using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;

namespace Claimsmith.X12.Remittance;

/// <summary>Loop 2110: how one service line was paid (SVC, DTM, CAS, REF, AMT, QTY, LQ).</summary>
public sealed class ServicePayment835
{
    // A line usually has one date, one or two adjustments, one REF and one AMT: each kept inline
    // until its list is asked for (see OneOrMany).
    private OneOrMany<DateReference> _dates;
    private OneOrMany<Adjustment> _adjustments;
    private OneOrMany<Reference> _references;
    private OneOrMany<Amount> _amounts;
    private OneOrMany<Quantity> _quantities;
    private OneOrMany<RemarkCode> _remarks;
    // SVC06/SVC07 are rare; they live in a side object made when one is set. (The lists stay here:
    // a consumer that reads every list would otherwise make the side object for each line.)
    private Rare? _rare;
    // SVC05 as a decimal plus a flag (a decimal? takes 24 bytes).
    private decimal _unitsPaid;
    private bool _hasUnitsPaid;

    /// <summary>SVC01 procedure as adjudicated.</summary>
    public ProcedureCode? Procedure { get; set; }
    /// <summary>SVC02 line charge.</summary>
    public decimal Charge { get; set; }
    /// <summary>SVC03 line payment.</summary>
    public decimal Paid { get; set; }
    /// <summary>SVC04 revenue code (institutional).</summary>
    public string? RevenueCode { get; set; }
    /// <summary>SVC05 units paid.</summary>
    public decimal? UnitsPaid
    {
        get => _hasUnitsPaid ? _unitsPaid : null;
        set
        {
            _unitsPaid = value.GetValueOrDefault();
            _hasUnitsPaid = value.HasValue;
        }
    }

    /// <summary>SVC06 procedure as submitted, when the payer changed it.</summary>
    public ProcedureCode? SubmittedProcedure
    {
        get => _rare?.SubmittedProcedure;
        set
        {
            if (value is not null || _rare is not null)
            {
                RareFields.SubmittedProcedure = value;
            }
        }
    }

    /// <summary>SVC07 original units submitted.</summary>
    public decimal? SubmittedUnits
    {
        get => _rare?.SubmittedUnits;
        set
        {
            if (value is not null || _rare is not null)
            {
                RareFields.SubmittedUnits = value;
            }
        }
    }

    /// <summary>DTM: 472 service date, 150/151 service period.</summary>
    public List<DateReference> Dates => _dates.List;
    /// <summary>CAS line adjustments.</summary>
    public List<Adjustment> Adjustments => _adjustments.List;
    /// <summary>REF: 6R line item control number (from 837 REF*6R), LU location, 0K policy, ...</summary>
    public List<Reference> References => _references.List;
    /// <summary>AMT: B6 allowed, KH deduction, T tax, ...</summary>
    public List<Amount> Amounts => _amounts.List;
    /// <summary>QTY.</summary>
    public List<Quantity> Quantities => _quantities.List;
    /// <summary>LQ remark codes.</summary>
    public List<RemarkCode> Remarks => _remarks.List;
    /// <summary>Segment number of the SVC in the input (0 for a model built in code).</summary>
    public long SegmentNumber { get; set; }

    /// <summary>REF*6R line item control number.</summary>
    public string? LineItemControlNumber => _references.Find("6R", static (r, q) => r.Qualifier == q)?.Value;

    /// <summary>AMT*B6 allowed amount.</summary>
    public decimal? Allowed => _amounts.Find("B6", static (a, q) => a.Qualifier == q)?.Value;

    /// <summary>Service date (DTM*472, or the start of DTM*150).</summary>
    public DateOnly? ServiceDate => (FindDate("472") ?? FindDate("150"))?.Date;

    /// <summary>The dates without building <see cref="Dates"/> (for readers inside the library).</summary>
    internal ref OneOrMany<DateReference> DateItems => ref _dates;

    /// <summary>The adjustments without building <see cref="Adjustments"/>.</summary>
    internal ref OneOrMany<Adjustment> AdjustmentItems => ref _adjustments;

    /// <summary>The references without building <see cref="References"/>.</summary>
    internal ref OneOrMany<Reference> ReferenceItems => ref _references;

    /// <summary>The amounts without building <see cref="Amounts"/>.</summary>
    internal ref OneOrMany<Amount> AmountItems => ref _amounts;

    /// <summary>The quantities without building <see cref="Quantities"/>.</summary>
    internal ref OneOrMany<Quantity> QuantityItems => ref _quantities;

    /// <summary>The remarks without building <see cref="Remarks"/>.</summary>
    internal ref OneOrMany<RemarkCode> RemarkItems => ref _remarks;

    private DateReference? FindDate(string qualifier) => _dates.Find(qualifier, static (d, q) => d.Qualifier == q);

    private Rare RareFields => _rare ??= new Rare();

    /// <summary>The line's rarely present parts.</summary>
    private sealed class Rare
    {
        public ProcedureCode? SubmittedProcedure;
        public decimal? SubmittedUnits;
    }
}
