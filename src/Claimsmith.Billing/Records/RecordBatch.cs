namespace Claimsmith.Billing;

/// <summary>
/// Records read from one FHIR bundle or HL7 message, ready to import: patients, their coverage
/// and payers, providers, encounters, clinical documents and observations.
/// </summary>
public sealed class RecordBatch
{
    /// <summary>
    /// Whether the batch's demographics replace those of patients already stored: true for
    /// registrations (ADT) and FHIR Patient resources, false for results and documents, whose PID
    /// is only there to find the patient.
    /// </summary>
    public bool UpdatesDemographics { get; set; } = true;

    public List<ImportedRecord<Payer>> Payers { get; } = [];
    public List<ImportedRecord<Provider>> Providers { get; } = [];
    public List<ImportedRecord<Patient>> Patients { get; } = [];
    public List<ImportedRecord<Coverage>> Coverages { get; } = [];
    public List<ImportedRecord<Encounter>> Encounters { get; } = [];
    public List<ImportedRecord<ClinicalDocument>> Documents { get; } = [];
    public List<ImportedRecord<ClinicalObservation>> Observations { get; } = [];

    /// <summary>The number of records in the batch.</summary>
    public int Count => Payers.Count + Providers.Count + Patients.Count + Coverages.Count + Encounters.Count + Documents.Count + Observations.Count;

    /// <summary>Adds the records of <paramref name="other"/>.</summary>
    public void AddRange(RecordBatch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Payers.AddRange(other.Payers);
        Providers.AddRange(other.Providers);
        Patients.AddRange(other.Patients);
        Coverages.AddRange(other.Coverages);
        Encounters.AddRange(other.Encounters);
        Documents.AddRange(other.Documents);
        Observations.AddRange(other.Observations);
    }
}
