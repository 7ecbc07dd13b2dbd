using Claimsmith.CodeSets.Snapshot;

namespace Claimsmith.CodeSets.Importing;

/// <summary>The outcome of an import.</summary>
/// <param name="Succeeded">True when a snapshot was written (no error issues).</param>
/// <param name="Issues">Errors (which stopped the import) and warnings.</param>
/// <param name="SnapshotPath">The snapshot written, when successful.</param>
/// <param name="Editions">The editions imported.</param>
public sealed record CodeSetImportResult(bool Succeeded, IReadOnlyList<ImportIssue> Issues, string? SnapshotPath, IReadOnlyList<Edition> Editions);
