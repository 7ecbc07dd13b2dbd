using System.Reflection;
using System.Text;
using Claimsmith.Billing;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Claimsmith.Data.Privacy;

/// <summary>
/// Moves every encrypted value to the active key after a rotation (and encrypts values written
/// before encryption was enabled), in batches of rows, each batch its own transaction.
/// </summary>
/// <remarks>
/// The rows still to do are found by their stored header (<c>ENC1:{keyId}:</c>), so the job is
/// resumable: stopped at any point, a second run picks up exactly the rows not yet under the
/// active key. A row is read with whichever key of the ring opened it and written back under
/// the active key in the same statement that checks its version, so a concurrent edit is never
/// overwritten (the batch is retried) and a value that cannot be decrypted stops the job with
/// the key's id instead of being written back.
/// </remarks>
public static class PhiReencryption
{
    /// <summary>Re-encrypts every row not yet under <paramref name="settings"/>' active key.</summary>
    public static async Task<ReencryptionResult> RunAsync(DatabaseSettings settings, int batchSize = 500, IProgress<ReencryptionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var batches = 0;
        foreach (var root in Roots)
        {
            var done = 0;
            var conflicts = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await using var db = settings.CreateContext();
                db.Reencrypting = true;
                var ids = await PendingIdsAsync(db, root, batchSize, cancellationToken).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    break;
                }

                var entities = await LoadAsync(db, root, ids, cancellationToken).ConfigureAwait(false);
                foreach (var entity in entities)
                {
                    MarkProtectedModified(db.Entry(entity), root);
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateConcurrencyException) when (++conflicts <= 10)
                {
                    // Someone saved one of these rows meanwhile: read the batch again.
                    continue;
                }

                done += entities.Count;
                batches++;
                progress?.Report(new ReencryptionProgress(root.Name, done));
            }

            rows[root.Name] = done;
        }

        return new ReencryptionResult(rows, batches);
    }

    /// <summary>Rows per aggregate that hold a value not encrypted under the active key (0 everywhere after a complete run).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountPendingAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var db = settings.CreateContext();
        foreach (var root in Roots)
        {
            result[root.Name] = (await PendingIdsAsync(db, root, int.MaxValue, cancellationToken).ConfigureAwait(false)).Count;
        }

        return result;
    }

    private static IEnumerable<Type> Roots => PhiColumns.All.Select(c => c.Root).Distinct();

    private static async Task<List<Guid>> PendingIdsAsync(ClaimsmithDbContext db, Type root, int limit, CancellationToken ct)
    {
        var keys = PhiEncryption.KeysOf(db);
        var textPattern = FieldCipher.TextPrefix + keys.Active.Id + ":%";
        var header = BinaryHeader(keys.Active.Id);
        var sqlite = db.Database.IsSqlite();
        var rootType = db.Model.FindEntityType(root)!;
        var rootTable = StoreObjectIdentifier.Table(rootType.GetTableName()!, rootType.GetSchema());

        // One SELECT per table the aggregate's protected columns live in (the root's, and a
        // separate table for owned collections), keyed by the root's id.
        var byTable = new Dictionary<StoreObjectIdentifier, (string KeyColumn, List<string> Conditions)>();
        foreach (var (_, path) in PhiColumns.All.Where(c => c.Root == root))
        {
            var property = Resolve(db.Model, root, path);
            var declaring = property.DeclaringType.ContainingEntityType;
            var table = StoreObjectIdentifier.Table(declaring.GetTableName()!, declaring.GetSchema());
            if (!byTable.TryGetValue(table, out var entry))
            {
                var keyColumn = table == rootTable
                    ? rootType.FindPrimaryKey()!.Properties[0].GetColumnName(table)!
                    : declaring.FindOwnership()!.Properties[0].GetColumnName(table)!;
                entry = (keyColumn, []);
                byTable[table] = entry;
            }

            var column = Quote(property.GetColumnName(table)!);
            entry.Conditions.Add((Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(byte[])
                ? sqlite ? $"({column} IS NOT NULL AND substr({column}, 1, {header.Length}) <> {{1}})" : $"({column} IS NOT NULL AND substring({column} from 1 for {header.Length}) <> {{1}})"
                : $"({column} IS NOT NULL AND {column} NOT LIKE {{0}})");
        }

        var selects = byTable.Select(t => $"SELECT {Quote(t.Value.KeyColumn)} AS \"Value\" FROM {Quote(t.Key.Name)} WHERE {string.Join(" OR ", t.Value.Conditions)}");
        var sql = $"SELECT DISTINCT \"Value\" FROM ({string.Join(" UNION ", selects)}) AS pending ORDER BY \"Value\"" + (limit == int.MaxValue ? "" : $" LIMIT {limit}");
#pragma warning disable EF1002 // table and column names come from the model, values are parameters
        return await db.Database.SqlQueryRaw<Guid>(sql, textPattern, header).ToListAsync(ct).ConfigureAwait(false);
#pragma warning restore EF1002
    }

    private static byte[] BinaryHeader(string keyId)
    {
        var id = Encoding.ASCII.GetBytes(keyId);
        return [.. "CSE1"u8, (byte)id.Length, .. id];
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static IProperty Resolve(IModel model, Type root, string path)
    {
        IReadOnlyEntityType entity = model.FindEntityType(root)!;
        var segments = path.Split('.');
        foreach (var segment in segments[..^1])
        {
            entity = entity.FindNavigation(segment)!.TargetEntityType;
        }

        return (IProperty)entity.FindProperty(segments[^1])!;
    }

    // Every aggregate root with protected columns is an entity keyed by a Guid "Id" (owned
    // collections come with their owner), so one generic loader serves all of them, including
    // roots added to PhiColumns later.
    private static readonly MethodInfo LoadRowsMethod = typeof(PhiReencryption).GetMethod(nameof(LoadRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<List<object>> LoadAsync(ClaimsmithDbContext db, Type root, List<Guid> ids, CancellationToken ct) =>
        (Task<List<object>>)LoadRowsMethod.MakeGenericMethod(root).Invoke(null, [db, ids, ct])!;

    private static async Task<List<object>> LoadRowsAsync<T>(ClaimsmithDbContext db, List<Guid> ids, CancellationToken ct)
        where T : class =>
        [.. await db.Set<T>().Where(e => ids.Contains(EF.Property<Guid>(e, "Id"))).ToListAsync(ct).ConfigureAwait(false)];

    private static void MarkProtectedModified(EntityEntry entry, Type root)
    {
        foreach (var (_, path) in PhiColumns.All.Where(c => c.Root == root))
        {
            Mark(entry, path.Split('.'));
        }
    }

    private static void Mark(EntityEntry entry, ReadOnlySpan<string> segments)
    {
        if (segments.Length == 1)
        {
            entry.Property(segments[0]).IsModified = true;
            return;
        }

        var navigation = entry.Navigation(segments[0]);
        if (navigation is CollectionEntry collection)
        {
            foreach (var item in collection.CurrentValue ?? Array.Empty<object>())
            {
                Mark(entry.Context.Entry(item), segments[1..]);
            }
        }
        else if (navigation is ReferenceEntry { TargetEntry: { } target })
        {
            Mark(target, segments[1..]);
        }
    }
}
