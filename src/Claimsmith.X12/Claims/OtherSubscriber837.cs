using Claimsmith.X12.Common;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Claims;

/// <summary>
/// Loop 2320 with its 2330 names: another payer on a secondary or tertiary claim and how it
/// adjudicated the claim (coordination of benefits).
/// </summary>
public sealed class OtherSubscriber837
{
    /// <summary>SBR01 payer responsibility sequence: P primary, S secondary, T tertiary, A-H, U.</summary>
    public required string PayerResponsibility { get; set; }
    /// <summary>SBR02 individual relationship code (18 self, 01 spouse, 19 child, G8 other).</summary>
    public string? RelationshipCode { get; set; }
    /// <summary>SBR03 group or policy number.</summary>
    public string? GroupNumber { get; set; }
    /// <summary>SBR04 group name.</summary>
    public string? GroupName { get; set; }
    /// <summary>SBR05 insurance type code (837P secondary Medicare).</summary>
    public string? InsuranceTypeCode { get; set; }
    /// <summary>SBR09 claim filing indicator (CI commercial, MB Medicare B, MA, MC Medicaid, ...).</summary>
    public string? ClaimFilingIndicator { get; set; }
    /// <summary>CAS claim-level adjustments by this payer.</summary>
    public List<Adjustment> Adjustments { get; } = [];
    /// <summary>AMT: D payer paid, A8 non-covered, EAF remaining patient liability.</summary>
    public List<Amount> Amounts { get; } = [];
    /// <summary>OI03 benefits assignment certification.</summary>
    public string? BenefitsAssignment { get; set; }
    /// <summary>OI04 patient signature source (837P).</summary>
    public string? PatientSignatureSource { get; set; }
    /// <summary>OI06 release of information.</summary>
    public string? ReleaseOfInformation { get; set; }
    /// <summary>Whether an OI segment is present (it is required in 2320).</summary>
    public bool HasOtherInsuranceCoverage { get; set; } = true;
    /// <summary>2330A-I: other subscriber (IL), other payer (PR), and the other payer's provider ids.</summary>
    public List<Party837> Parties { get; } = [];
    /// <summary>MIA/MOA and anything else of 2320 not typed.</summary>
    public List<X12Segment> OtherSegments { get; } = [];

    /// <summary>AMT*D: what this payer paid.</summary>
    public decimal? PayerPaidAmount => Amounts.Find(a => a.Qualifier == "D")?.Value;
}
