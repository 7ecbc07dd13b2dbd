using Claimsmith.X12.Common;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Claims;

/// <summary>
/// Loop 2300: one claim (CLM), its dates, references, diagnoses (HI) and below it the claim
/// providers (2310x), other payers (2320/2330) and the service lines (2400).
/// </summary>
public sealed class Claim837
{
    /// <summary>CLM01 patient control number (echoed back in 835 CLP01).</summary>
    public required string PatientControlNumber { get; set; }
    /// <summary>CLM02 total claim charge; must equal the sum of the line charges.</summary>
    public decimal TotalCharge { get; set; }
    /// <summary>CLM05-1: place of service (837P) or facility type code, first two digits of the type of bill (837I).</summary>
    public required string FacilityCode { get; set; }
    /// <summary>CLM05-2: B place of service (837P), A uniform billing claim form bill type (837I).</summary>
    public string FacilityCodeQualifier { get; set; } = "B";
    /// <summary>CLM05-3 claim frequency: 1 original, 7 replacement, 8 void (corrected claims carry REF*F8).</summary>
    public string FrequencyCode { get; set; } = "1";
    /// <summary>CLM06 provider signature on file (837P, Y/N).</summary>
    public string? ProviderSignature { get; set; }
    /// <summary>CLM07 assignment/plan participation: A assigned, B lab services, C not assigned.</summary>
    public string? AssignmentCode { get; set; } = "A";
    /// <summary>CLM08 benefits assignment certification (Y/N/W).</summary>
    public string? BenefitsAssignment { get; set; } = "Y";
    /// <summary>CLM09 release of information: Y or I.</summary>
    public string? ReleaseOfInformation { get; set; } = "Y";
    /// <summary>CLM10 patient signature source (837P).</summary>
    public string? PatientSignatureSource { get; set; }
    /// <summary>CLM11 related causes (AA auto, EM employment, OA other accident) and state/country.</summary>
    public IReadOnlyList<string> RelatedCauses { get; set; } = [];
    /// <summary>CLM11-4 auto accident state.</summary>
    public string? AutoAccidentState { get; set; }
    /// <summary>CLM11-5 auto accident country.</summary>
    public string? AutoAccidentCountry { get; set; }
    /// <summary>CLM12 special program code.</summary>
    public string? SpecialProgram { get; set; }
    /// <summary>CLM20 delay reason code.</summary>
    public string? DelayReason { get; set; }
    /// <summary>DTP: 431 onset, 454 initial treatment, 304 last seen, 439 accident, 484 last menstrual, 435 admission, 096 discharge, 434 statement period, ...</summary>
    public List<DateReference> Dates { get; } = [];
    /// <summary>CL1 (837I).</summary>
    public InstitutionalClaimCode? InstitutionalCode { get; set; }
    /// <summary>PWK claim attachments.</summary>
    public List<Attachment> Attachments { get; } = [];
    /// <summary>AMT: F5 patient amount paid, EAF.</summary>
    public List<Amount> Amounts { get; } = [];
    /// <summary>REF: G1 prior authorization, 9F referral, F8 payer claim control number (original reference), EA medical record, D9 claim id, ...</summary>
    public List<Reference> References { get; } = [];
    /// <summary>CR1 ambulance transport (837P).</summary>
    public AmbulanceTransport? Ambulance { get; set; }
    /// <summary>CRC condition indicators (ambulance certification, patient condition, EPSDT).</summary>
    public List<ConditionIndicator> Conditions { get; } = [];
    /// <summary>All HI composites in order: diagnoses, procedures, occurrence, value, condition codes, anesthesia.</summary>
    public List<HealthCareCode> HealthCareCodes { get; } = [];
    /// <summary>2310A-F claim-level providers: referring (DN/P3), rendering (82), service facility (77), supervising (DQ), ambulance pick-up (PW) / drop-off (45), attending (71), operating (72), other operating (ZZ).</summary>
    public List<Party837> Providers { get; } = [];
    /// <summary>2320/2330: other payers, for secondary and tertiary claims.</summary>
    public List<OtherSubscriber837> OtherSubscribers { get; } = [];
    /// <summary>2400 service lines.</summary>
    public List<ServiceLine837> Lines { get; } = [];
    /// <summary>Claim segments not typed (CN1, K3, NTE, CR2, HCP, ...), kept for round trip.</summary>
    public List<X12Segment> OtherSegments { get; } = [];

    /// <summary>REF*G1 prior authorization number.</summary>
    public string? PriorAuthorization
    {
        get => GetRef("G1");
        set => SetRef("G1", value);
    }

    /// <summary>REF*F8 payer claim control number of the claim being corrected or voided (required with frequency 7 or 8).</summary>
    public string? OriginalReferenceNumber
    {
        get => GetRef("F8");
        set => SetRef("F8", value);
    }

    /// <summary>The diagnoses (ABK/ABF, or BK/BF for ICD-9) in HI order; line pointers index into this list.</summary>
    public IEnumerable<HealthCareCode> Diagnoses => HealthCareCodes.Where(h => h.IsDiagnosis);

    private string? GetRef(string qualifier) => References.Find(r => r.Qualifier == qualifier)?.Value;

    private void SetRef(string qualifier, string? value)
    {
        References.RemoveAll(r => r.Qualifier == qualifier);
        if (value is not null)
        {
            References.Add(new Reference(qualifier, value));
        }
    }
}
