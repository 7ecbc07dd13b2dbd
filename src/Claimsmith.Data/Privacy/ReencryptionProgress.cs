namespace Claimsmith.Data.Privacy;

/// <summary>Progress of a re-encryption run: rows of <paramref name="Entity"/> rewritten so far.</summary>
public sealed record ReencryptionProgress(string Entity, int Rows);
