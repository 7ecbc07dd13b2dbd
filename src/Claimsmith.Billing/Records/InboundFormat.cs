namespace Claimsmith.Billing;

/// <summary>The format of a message received from an EHR.</summary>
public enum InboundFormat
{
    /// <summary>HL7 version 2 (ER7 pipe-delimited).</summary>
    Hl7V2 = 0,
    /// <summary>A FHIR R4 Bundle in JSON.</summary>
    FhirBundle = 1,
}
