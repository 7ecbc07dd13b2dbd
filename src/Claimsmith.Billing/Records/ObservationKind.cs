namespace Claimsmith.Billing;

/// <summary>What kind of clinical finding an imported <see cref="ClinicalObservation"/> is.</summary>
public enum ObservationKind
{
    /// <summary>A laboratory result (FHIR Observation category laboratory; HL7 ORU OBX with a LOINC lab code).</summary>
    Laboratory = 0,
    /// <summary>An imaging study's impression or finding (radiology DiagnosticReport conclusion; ORU OBX IMP).</summary>
    Imaging = 1,
    /// <summary>A vital sign.</summary>
    VitalSign = 2,
    /// <summary>A condition recorded by the source (FHIR Condition), with its ICD-10-CM or SNOMED CT code.</summary>
    Condition = 3,
    /// <summary>A procedure recorded by the source (FHIR Procedure), with its CPT/HCPCS or SNOMED CT code.</summary>
    Procedure = 4,
    /// <summary>A medication given (FHIR MedicationAdministration).</summary>
    Medication = 5,
    /// <summary>Any other observation (social history, survey).</summary>
    Other = 6,
}
