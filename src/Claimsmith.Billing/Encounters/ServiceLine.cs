namespace Claimsmith.Billing;

/// <summary>
/// The fields a service line carries on a charge and on a claim (837P SV1 / 837I SV2, LIN/CTP
/// for drugs, DTP*472 for line dates). Modifiers and diagnosis pointers are four fixed slots,
/// as SV101-3..6 and SV107-1..4 are.
/// </summary>
public abstract class ServiceLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>CPT/HCPCS code; optional on institutional lines that bill a revenue code only.</summary>
    public ProcedureCode? ProcedureCode { get; set; }
    public RevenueCode? RevenueCode { get; set; }
    public Modifier? Modifier1 { get; set; }
    public Modifier? Modifier2 { get; set; }
    public Modifier? Modifier3 { get; set; }
    public Modifier? Modifier4 { get; set; }
    /// <summary>Units of service (SV104 / SV205, unit code UN).</summary>
    public decimal Units { get; set; } = 1m;
    /// <summary>Line charge (the total for all units).</summary>
    public Money Charge { get; set; }
    /// <summary>1-based pointers into the claim's diagnoses (SV107).</summary>
    public int? Pointer1 { get; set; }
    public int? Pointer2 { get; set; }
    public int? Pointer3 { get; set; }
    public int? Pointer4 { get; set; }
    /// <summary>NDC for drug lines (2410 LIN*N4).</summary>
    public Ndc? Ndc { get; set; }
    /// <summary>Drug quantity (2410 CTP04).</summary>
    public decimal? NdcQuantity { get; set; }
    /// <summary>Drug unit of measure (CTP05-1: F2, GR, ME, ML, UN).</summary>
    public string? NdcUnit { get; set; }
    public DateOnly ServiceFrom { get; set; }
    public DateOnly? ServiceTo { get; set; }
    /// <summary>Line place of service when it differs from the claim's.</summary>
    public string? PlaceOfService { get; set; }

    /// <summary>The modifiers present, in order.</summary>
    public IReadOnlyList<Modifier> Modifiers() =>
        new[] { Modifier1, Modifier2, Modifier3, Modifier4 }.Where(m => m is not null).Select(m => m!.Value).ToArray();

    /// <summary>The diagnosis pointers present, in order.</summary>
    public IReadOnlyList<int> Pointers() =>
        new[] { Pointer1, Pointer2, Pointer3, Pointer4 }.Where(p => p is not null).Select(p => p!.Value).ToArray();

    /// <summary>Sets up to four modifiers; throws on more (a programmer error, validated earlier).</summary>
    public void SetModifiers(IReadOnlyList<Modifier> modifiers)
    {
        ArgumentNullException.ThrowIfNull(modifiers);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(modifiers.Count, 4);
        Modifier1 = modifiers.Count > 0 ? modifiers[0] : null;
        Modifier2 = modifiers.Count > 1 ? modifiers[1] : null;
        Modifier3 = modifiers.Count > 2 ? modifiers[2] : null;
        Modifier4 = modifiers.Count > 3 ? modifiers[3] : null;
    }

    /// <summary>Sets up to four diagnosis pointers; throws on more.</summary>
    public void SetPointers(IReadOnlyList<int> pointers)
    {
        ArgumentNullException.ThrowIfNull(pointers);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pointers.Count, 4);
        Pointer1 = pointers.Count > 0 ? pointers[0] : null;
        Pointer2 = pointers.Count > 1 ? pointers[1] : null;
        Pointer3 = pointers.Count > 2 ? pointers[2] : null;
        Pointer4 = pointers.Count > 3 ? pointers[3] : null;
    }

    /// <summary>Copies the billing fields of <paramref name="source"/> onto this line.</summary>
    protected void CopyFrom(ServiceLine source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ProcedureCode = source.ProcedureCode;
        RevenueCode = source.RevenueCode;
        SetModifiers(source.Modifiers());
        Units = source.Units;
        Charge = source.Charge;
        Ndc = source.Ndc;
        NdcQuantity = source.NdcQuantity;
        NdcUnit = source.NdcUnit;
        ServiceFrom = source.ServiceFrom;
        ServiceTo = source.ServiceTo;
        PlaceOfService = source.PlaceOfService;
    }
}
