namespace Claimsmith.Interop;

/// <summary>Code system URIs as FHIR R4 names them (terminology.hl7.org), and HL7 v2 table 0396 names mapped onto them.</summary>
public static class CodeSystems
{
    public const string Loinc = "http://loinc.org";
    public const string Snomed = "http://snomed.info/sct";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Cpt = "http://www.ama-assn.org/go/cpt";
    public const string Hcpcs = "urn:oid:2.16.840.1.113883.6.285";
    public const string Rxnorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Npi = "http://hl7.org/fhir/sid/us-npi";
    public const string Ndc = "http://hl7.org/fhir/sid/ndc";

    /// <summary>The URI for an HL7 v2 coding system name (OBX-3.3, DG1-3.3), or <c>urn:hl7v2:NAME</c> for local ones.</summary>
    public static string FromHl7(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "LN" or "LOINC" => Loinc,
        "SCT" or "SNM" or "SNM3" or "SNOMED" => Snomed,
        "I10" or "I10C" or "ICD10CM" or "I10-CM" => Icd10Cm,
        "C4" or "C5" or "CPT" => Cpt,
        "HCPCS" or "HCPT" => Hcpcs,
        "RXNORM" => Rxnorm,
        null or "" => "urn:hl7v2:local",
        var other => "urn:hl7v2:" + other,
    };

    /// <summary>True for the systems whose codes are billed (ICD-10-CM, CPT, HCPCS); SNOMED CT and LOINC are evidence only.</summary>
    public static bool IsBillable(string system) => system is Icd10Cm or Cpt or Hcpcs;
}
