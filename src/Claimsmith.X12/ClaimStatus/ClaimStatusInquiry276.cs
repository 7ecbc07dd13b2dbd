using Claimsmith.X12.Claims;

namespace Claimsmith.X12.ClaimStatus;

/// <summary>A 276 claim status request (005010X212) about one claim.</summary>
public sealed class ClaimStatusInquiry276
{
    /// <summary>BHT03 submitter's transaction reference.</summary>
    public required string Reference { get; set; }
    /// <summary>BHT04 creation date CCYYMMDD.</summary>
    public required string CreationDate { get; set; }
    /// <summary>BHT05 creation time HHMM.</summary>
    public required string CreationTime { get; set; }
    /// <summary>2100A payer (NM1*PR, PI).</summary>
    public required Party837 Payer { get; set; }
    /// <summary>2100B information receiver (NM1*41, 46 ETIN).</summary>
    public required Party837 Receiver { get; set; }
    /// <summary>2100C service provider (NM1*1P, XX NPI).</summary>
    public required Party837 Provider { get; set; }
    /// <summary>2100D subscriber (NM1*IL, MI member id).</summary>
    public required Party837 Subscriber { get; set; }
    /// <summary>2100E dependent (NM1*QC), when the patient is not the subscriber.</summary>
    public Party837? Dependent { get; set; }
    /// <summary>TRN02 claim status tracking number (echoed in the 277).</summary>
    public required string TraceNumber { get; set; }
    /// <summary>REF*1K payer claim control number, when known.</summary>
    public string? PayerClaimControlNumber { get; set; }
    /// <summary>REF*EJ patient control number (the 837 CLM01).</summary>
    public string? PatientControlNumber { get; set; }
    /// <summary>REF*BLT institutional bill type.</summary>
    public string? BillType { get; set; }
    /// <summary>AMT*T3 total claim charge.</summary>
    public decimal? TotalCharge { get; set; }
    /// <summary>DTP*472 service period start.</summary>
    public required DateOnly ServiceFrom { get; set; }
    /// <summary>DTP*472 service period end (same as start for one day).</summary>
    public DateOnly? ServiceTo { get; set; }
}
