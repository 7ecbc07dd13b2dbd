using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Remittance;

/// <summary>
/// Loop 2100: one claim's payment (CLP) with claim adjustments (CAS), names, MIA/MOA, references,
/// dates and its service lines (2110). Status 22 is a reversal of an earlier payment; a
/// correction is the reversal followed by a new CLP for the same claim.
/// </summary>
public sealed class ClaimPayment835
{
    // A claim usually has one or two names, a date or two and a few adjustments: each kept inline
    // until its list is asked for (see OneOrMany).
    private OneOrMany<Adjustment> _adjustments;
    private OneOrMany<Name835> _names;
    private OneOrMany<Reference> _references;
    private OneOrMany<DateReference> _dates;
    private OneOrMany<Amount> _amounts;
    private OneOrMany<Contact> _contacts;
    private OneOrMany<Quantity> _quantities;
    private List<ServicePayment835>? _serviceLines;
    // DRG and MIA are institutional; they live in a side object made when one is set, so a
    // professional claim does not carry their fields. (The lists stay here: a consumer that reads
    // every list would otherwise make the side object for each claim.)
    private Rare? _rare;
    // CLP05 as a decimal plus a flag in the padding after HeaderNumber (a decimal? takes 24 bytes).
    private decimal _patientResponsibility;
    private bool _hasPatientResponsibility;

    /// <summary>LX01 header number this claim sits under (0 when none).</summary>
    public int HeaderNumber { get; set; }
    /// <summary>CLP01 patient control number (the 837 CLM01).</summary>
    public required string PatientControlNumber { get; set; }
    /// <summary>CLP02: 1 processed as primary, 2 secondary, 3 tertiary, 4 denied, 19-21 forwarded, 22 reversal, 23 not our claim, 25 predetermination.</summary>
    public required string StatusCode { get; set; }
    /// <summary>CLP03 total claim charge.</summary>
    public decimal Charge { get; set; }
    /// <summary>CLP04 claim payment.</summary>
    public decimal Paid { get; set; }
    /// <summary>CLP05 patient responsibility.</summary>
    public decimal? PatientResponsibility
    {
        get => _hasPatientResponsibility ? _patientResponsibility : null;
        set
        {
            _patientResponsibility = value.GetValueOrDefault();
            _hasPatientResponsibility = value.HasValue;
        }
    }

    /// <summary>CLP06 claim filing indicator.</summary>
    public string? FilingIndicator { get; set; }
    /// <summary>CLP07 payer claim control number (send as REF*F8 on a corrected claim).</summary>
    public string? PayerClaimControlNumber { get; set; }
    /// <summary>CLP08 facility type code.</summary>
    public string? FacilityType { get; set; }
    /// <summary>CLP09 claim frequency code.</summary>
    public string? FrequencyCode { get; set; }
    /// <summary>CLP11 DRG code.</summary>
    public string? DrgCode
    {
        get => _rare?.DrgCode;
        set
        {
            if (value is not null || _rare is not null)
            {
                RareFields.DrgCode = value;
            }
        }
    }

    /// <summary>CLP12 DRG weight.</summary>
    public decimal? DrgWeight
    {
        get => _rare?.DrgWeight;
        set
        {
            if (value is not null || _rare is not null)
            {
                RareFields.DrgWeight = value;
            }
        }
    }

    /// <summary>CLP13 discharge fraction.</summary>
    public decimal? DischargeFraction
    {
        get => _rare?.DischargeFraction;
        set
        {
            if (value is not null || _rare is not null)
            {
                RareFields.DischargeFraction = value;
            }
        }
    }

    /// <summary>Claim-level CAS adjustments.</summary>
    public List<Adjustment> Adjustments => _adjustments.List;
    /// <summary>NM1 names: patient, insured, corrected names, rendering provider, crossover carrier.</summary>
    public List<Name835> Names => _names.List;
    /// <summary>MIA inpatient adjudication information (raw segment).</summary>
    public X12Segment? InpatientAdjudication
    {
        get => _rare?.InpatientAdjudication;
        set
        {
            if (value is not null || _rare is not null)
            {
                RareFields.InpatientAdjudication = value;
            }
        }
    }

    /// <summary>MOA outpatient adjudication information (raw segment; MOA03-07 are remark codes).</summary>
    public X12Segment? OutpatientAdjudication { get; set; }
    /// <summary>REF: 1K, EA medical record, F8 original reference, 6P group, ...</summary>
    public List<Reference> References => _references.List;
    /// <summary>DTM: 232/233 statement period, 036 coverage expiration, 050 received.</summary>
    public List<DateReference> Dates => _dates.List;
    /// <summary>PER claim contact.</summary>
    public List<Contact> Contacts => _contacts.List;
    /// <summary>AMT: AU coverage, D8 discount, DY per day limit, F5 patient paid, I interest, ...</summary>
    public List<Amount> Amounts => _amounts.List;
    /// <summary>QTY: CA covered days, LA lifetime reserve, ...</summary>
    public List<Quantity> Quantities => _quantities.List;
    /// <summary>2110 service lines.</summary>
    public List<ServicePayment835> ServiceLines => _serviceLines ??= [];

    /// <summary>The service lines when any were added, without creating the list.</summary>
    internal List<ServicePayment835>? ServiceLinesOrNull => _serviceLines;
    /// <summary>Segment number of the CLP in the input (0 for a model built in code).</summary>
    public long SegmentNumber { get; set; }

    /// <summary>Whether this is the reversal of an earlier payment (CLP02 = 22).</summary>
    public bool IsReversal => StatusCode == "22";

    /// <summary>Whether the claim was denied (CLP02 = 4).</summary>
    public bool IsDenied => StatusCode == "4";

    /// <summary>NM1*QC patient.</summary>
    public Name835? Patient => _names.Find("QC", static (n, q) => n.EntityCode == q);

    /// <summary>All adjustments, claim level then line level.</summary>
    public IEnumerable<Adjustment> AllAdjustments => Adjustments.Concat(ServiceLines.SelectMany(l => l.Adjustments));

    /// <summary>The adjustments without building <see cref="Adjustments"/> (for readers inside the library).</summary>
    internal ref OneOrMany<Adjustment> AdjustmentItems => ref _adjustments;

    /// <summary>The names without building <see cref="Names"/>.</summary>
    internal ref OneOrMany<Name835> NameItems => ref _names;

    /// <summary>The references without building <see cref="References"/>.</summary>
    internal ref OneOrMany<Reference> ReferenceItems => ref _references;

    /// <summary>The dates without building <see cref="Dates"/>.</summary>
    internal ref OneOrMany<DateReference> DateItems => ref _dates;

    /// <summary>The contacts without building <see cref="Contacts"/>.</summary>
    internal ref OneOrMany<Contact> ContactItems => ref _contacts;

    /// <summary>The amounts without building <see cref="Amounts"/>.</summary>
    internal ref OneOrMany<Amount> AmountItems => ref _amounts;

    /// <summary>The quantities without building <see cref="Quantities"/>.</summary>
    internal ref OneOrMany<Quantity> QuantityItems => ref _quantities;

    private Rare RareFields => _rare ??= new Rare();

    /// <summary>The claim's rarely present parts.</summary>
    private sealed class Rare
    {
        public string? DrgCode;
        public decimal? DrgWeight;
        public decimal? DischargeFraction;
        public X12Segment? InpatientAdjudication;
    }
}
