using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Claims;

/// <summary>
/// Loop 2000B: the subscriber (SBR, NM1*IL 2010BA) and the payer (NM1*PR 2010BB), with claims
/// for the subscriber as patient, or the patients (2000C) below.
/// </summary>
public sealed class Subscriber837
{
    /// <summary>SBR01 payer responsibility sequence: P, S, T, A-H, U.</summary>
    public string PayerResponsibility { get; set; } = "P";
    /// <summary>SBR02 relationship: 18 when the subscriber is the patient, empty otherwise.</summary>
    public string? RelationshipCode { get; set; } = "18";
    /// <summary>SBR03 group or policy number.</summary>
    public string? GroupNumber { get; set; }
    /// <summary>SBR04 group name.</summary>
    public string? GroupName { get; set; }
    /// <summary>SBR05 insurance type code (Medicare secondary payer type, 837P).</summary>
    public string? InsuranceTypeCode { get; set; }
    /// <summary>SBR09 claim filing indicator: CI commercial, MB Medicare Part B, MA Part A, MC Medicaid, BL BCBS, HM HMO, ...</summary>
    public string? ClaimFilingIndicator { get; set; } = "CI";
    /// <summary>PAT segment in 2000B (837P: death date, weight, pregnancy when the subscriber is the patient).</summary>
    public X12Segment? PatientSegment { get; set; }
    /// <summary>2010BA subscriber name (NM1*IL, N3/N4, DMG, REF).</summary>
    public required Party837 Name { get; set; }
    /// <summary>2010BB payer name (NM1*PR, N3/N4, REF).</summary>
    public required Party837 Payer { get; set; }
    /// <summary>Claims where the subscriber is the patient.</summary>
    public List<Claim837> Claims { get; } = [];
    /// <summary>2000C patients (dependents).</summary>
    public List<Patient837> Patients { get; } = [];
}
