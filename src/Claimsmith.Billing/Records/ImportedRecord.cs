namespace Claimsmith.Billing;

/// <summary>
/// A record read from a source with the identifiers that find it again. References between the
/// records of one <see cref="RecordBatch"/> use the records' own ids; the importer rewrites them to
/// the ids of the records already stored when a key matches.
/// </summary>
/// <typeparam name="T">The Claimsmith record type.</typeparam>
public sealed class ImportedRecord<T>
    where T : class
{
    /// <summary>Pairs <paramref name="record"/> with its <paramref name="keys"/>.</summary>
    public ImportedRecord(T record, IEnumerable<SourceKey> keys)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(keys);
        Record = record;
        Keys = [.. keys.Where(k => !string.IsNullOrWhiteSpace(k.Value)).Distinct()];
    }

    public T Record { get; }
    public IReadOnlyList<SourceKey> Keys { get; }
}
