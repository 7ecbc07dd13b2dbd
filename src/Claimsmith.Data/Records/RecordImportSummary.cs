namespace Claimsmith.Data.Records;

/// <summary>What an import stored: records created and records matched to ones already there (updated, not duplicated).</summary>
public sealed record RecordImportSummary
{
    public int Created { get; init; }
    public int Matched { get; init; }
    public int Patients { get; init; }
    public int Encounters { get; init; }
    public int Documents { get; init; }
    public int Observations { get; init; }
    public int Coverages { get; init; }
    /// <summary>Ids of the patients the batch touched (for the audit trail).</summary>
    public IReadOnlyList<Guid> PatientIds { get; init; } = [];
}
