namespace Claimsmith.Data.Privacy;

/// <summary>What a re-encryption run did: rows rewritten per aggregate (Patient, Coverage, ...) and batches committed.</summary>
public sealed record ReencryptionResult(IReadOnlyDictionary<string, int> RowsByEntity, int Batches)
{
    /// <summary>All rows rewritten.</summary>
    public int TotalRows => RowsByEntity.Values.Sum();
}
