namespace Claimsmith.Billing;

/// <summary>
/// A finding imported from an EHR that a coder sees beside the note as evidence: a lab value,
/// an imaging impression, a condition or procedure the source already coded. It is never billed
/// by itself; codes keep their source system (LOINC, SNOMED CT, ICD-10-CM, CPT/HCPCS).
/// </summary>
public sealed class ClinicalObservation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid PatientId { get; set; }
    /// <summary>The encounter the finding belongs to; null for results the source sent without a visit.</summary>
    public Guid? EncounterId { get; set; }
    public ObservationKind Kind { get; set; }
    /// <summary>The code system URI as the source sent it, e.g. <c>http://loinc.org</c>.</summary>
    public string CodeSystem { get; set; } = "";
    public string Code { get; set; } = "";
    public string? Display { get; set; }
    /// <summary>The value as text (a number, a coded answer, or narrative). PHI: encrypted at rest.</summary>
    public string? Value { get; set; }
    public string? Unit { get; set; }
    /// <summary>Reference range as text, e.g. <c>70-99</c>.</summary>
    public string? ReferenceRange { get; set; }
    public AbnormalFlag Interpretation { get; set; }
    /// <summary>An imaging report's impression (conclusion). PHI: encrypted at rest.</summary>
    public string? Impression { get; set; }
    /// <summary>Result status as the source sent it (final, preliminary, corrected; HL7 OBX-11 F/P/C).</summary>
    public string? Status { get; set; }
    public DateTimeOffset? EffectiveAt { get; set; }
    /// <summary>Where it came from: <c>fhir</c> or <c>hl7v2</c>.</summary>
    public string Source { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The value as a number when it is one (lab results), else null.</summary>
    public decimal? NumericValue =>
        decimal.TryParse(Value?.Trim().TrimStart('<', '>', '=', ' '), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
