using Claimsmith.X12.Common;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Claims;

/// <summary>
/// Loop 2400: one service line. Professional lines use SV1 (<see cref="Procedure"/>, charge,
/// units, place of service, diagnosis pointers); institutional lines use SV2 (<see cref="RevenueCode"/>
/// first). Dates (DTP*472), the line item control number (REF*6R), the drug (2410), line providers
/// (2420) and other payers' line adjudication (2430) hang below.
/// </summary>
public sealed class ServiceLine837
{
    /// <summary>LX01 line number; the writer renumbers 1..n when left 0.</summary>
    public int LineNumber { get; set; }
    /// <summary>SV101 / SV202 procedure (HCPCS/CPT with modifiers).</summary>
    public ProcedureCode? Procedure { get; set; }
    /// <summary>SV201 revenue code (837I).</summary>
    public string? RevenueCode { get; set; }
    /// <summary>SV102 / SV203 line charge.</summary>
    public decimal Charge { get; set; }
    /// <summary>SV103 / SV204 unit basis: UN units, MJ minutes (anesthesia), DA days.</summary>
    public string UnitBasis { get; set; } = "UN";
    /// <summary>SV104 / SV205 quantity.</summary>
    public decimal Units { get; set; } = 1;
    /// <summary>SV105 place of service when different from the claim's.</summary>
    public string? PlaceOfService { get; set; }
    /// <summary>SV107 diagnosis code pointers (1-based into the claim's diagnoses, up to 4).</summary>
    public List<int> DiagnosisPointers { get; } = [];
    /// <summary>SV109 emergency indicator (Y).</summary>
    public string? Emergency { get; set; }
    /// <summary>SV111 EPSDT indicator.</summary>
    public string? Epsdt { get; set; }
    /// <summary>SV112 family planning indicator.</summary>
    public string? FamilyPlanning { get; set; }
    /// <summary>SV115 copay status code.</summary>
    public string? CopayStatus { get; set; }
    /// <summary>SV206 unit rate (837I).</summary>
    public decimal? UnitRate { get; set; }
    /// <summary>SV207 non-covered charge (837I).</summary>
    public decimal? NonCoveredCharge { get; set; }
    /// <summary>PWK line attachments.</summary>
    public List<Attachment> Attachments { get; } = [];
    /// <summary>CR1 ambulance transport for this line.</summary>
    public AmbulanceTransport? Ambulance { get; set; }
    /// <summary>CRC condition indicators for this line.</summary>
    public List<ConditionIndicator> Conditions { get; } = [];
    /// <summary>DTP: 472 service date, 471 prescription, 607 certification revision, ...</summary>
    public List<DateReference> Dates { get; } = [];
    /// <summary>QTY: PT ambulance patient count, FL obstetric units.</summary>
    public List<Quantity> Quantities { get; } = [];
    /// <summary>REF: 6R line item control number, G1 prior authorization, 9B repriced line, ...</summary>
    public List<Reference> References { get; } = [];
    /// <summary>AMT: T sales tax, F4 postage.</summary>
    public List<Amount> Amounts { get; } = [];
    /// <summary>Loop 2410 drug identification.</summary>
    public DrugIdentification? Drug { get; set; }
    /// <summary>Loops 2420A-H line providers.</summary>
    public List<Party837> Providers { get; } = [];
    /// <summary>Loop 2430 other payers' adjudication.</summary>
    public List<LineAdjudication837> Adjudications { get; } = [];
    /// <summary>Line segments not typed (CR3, MEA, CN1, K3, NTE, PS1, HCP, 2440 LQ/FRM).</summary>
    public List<X12Segment> OtherSegments { get; } = [];

    /// <summary>REF*6R line item control number (echoed back in 835 REF*6R to match payments to lines).</summary>
    public string? LineItemControlNumber
    {
        get => References.Find(r => r.Qualifier == "6R")?.Value;
        set
        {
            References.RemoveAll(r => r.Qualifier == "6R");
            if (value is not null)
            {
                References.Add(new Reference("6R", value));
            }
        }
    }

    /// <summary>DTP*472 service date (start of a range).</summary>
    public DateOnly? ServiceDate
    {
        get => Dates.Find(d => d.Qualifier == "472")?.Date;
        set
        {
            Dates.RemoveAll(d => d.Qualifier == "472");
            if (value is { } v)
            {
                Dates.Insert(0, DateReference.Of("472", v));
            }
        }
    }
}
