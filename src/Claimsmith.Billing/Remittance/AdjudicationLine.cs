namespace Claimsmith.Billing;

/// <summary>One adjudicated service line (835 loop 2110: SVC, DTM, REF*6R, AMT*B6, LQ).</summary>
public sealed class AdjudicationLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AdjudicationId { get; set; }
    /// <summary>0-based position within the claim payment.</summary>
    public int Sequence { get; set; }
    /// <summary>Our claim line, matched by REF*6R (the 837 REF*6R line item control number) or by line number.</summary>
    public Guid? ClaimLineId { get; set; }
    /// <summary>REF*6R as received.</summary>
    public string? LineControlNumber { get; set; }
    /// <summary>SVC01-2 procedure code as adjudicated.</summary>
    public string? ProcedureCode { get; set; }
    /// <summary>SVC01-3..6 modifiers, comma separated.</summary>
    public string? Modifiers { get; set; }
    /// <summary>SVC04 revenue code.</summary>
    public string? RevenueCode { get; set; }
    /// <summary>SVC02.</summary>
    public Money Charge { get; set; }
    /// <summary>SVC03.</summary>
    public Money Paid { get; set; }
    /// <summary>AMT*B6 allowed amount.</summary>
    public Money? Allowed { get; set; }
    /// <summary>SVC05 units paid.</summary>
    public decimal? Units { get; set; }
    public DateOnly? ServiceDate { get; set; }
    /// <summary>LQ*HE remark codes, comma separated.</summary>
    public string? RemarkCodes { get; set; }

    /// <summary>The remark codes as a list.</summary>
    public IReadOnlyList<string> Remarks => Split(RemarkCodes);

    /// <summary>The first modifier, or null.</summary>
    public string? FirstModifier => Split(Modifiers) is { Count: > 0 } m ? m[0] : null;

    internal static IReadOnlyList<string> Split(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
