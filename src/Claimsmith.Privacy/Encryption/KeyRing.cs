namespace Claimsmith.Privacy.Encryption;

/// <summary>
/// The keys Claimsmith protects PHI with: one active encryption key (new values), older
/// encryption keys kept for reading until <c>claimsmith keys reencrypt</c> has moved every value
/// to the active one, and a separate key for blind indexes (keyed hashes that make encrypted
/// names and birth dates searchable). Immutable: rotation returns a new ring.
/// </summary>
public sealed class KeyRing
{
    private readonly Dictionary<string, EncryptionKey> _keys;

    /// <summary>A ring from its keys; <paramref name="activeKeyId"/> must be among them.</summary>
    public KeyRing(string activeKeyId, IEnumerable<EncryptionKey> keys, EncryptionKey indexKey)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(indexKey);
        _keys = new Dictionary<string, EncryptionKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!_keys.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"Key id '{key.Id}' appears twice.", nameof(keys));
            }
        }

        if (!_keys.TryGetValue(activeKeyId, out var active))
        {
            throw new ArgumentException($"The active key '{activeKeyId}' is not in the ring.", nameof(activeKeyId));
        }

        if (_keys.ContainsKey(indexKey.Id))
        {
            throw new ArgumentException("The blind-index key must differ from every encryption key.", nameof(indexKey));
        }

        Active = active;
        IndexKey = indexKey;
    }

    /// <summary>The key new values are encrypted with.</summary>
    public EncryptionKey Active { get; }

    /// <summary>The HMAC-SHA-256 key of the blind indexes.</summary>
    public EncryptionKey IndexKey { get; }

    /// <summary>Every encryption key, the active one included, oldest first.</summary>
    public IReadOnlyList<EncryptionKey> Keys => [.. _keys.Values.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id, StringComparer.Ordinal)];

    /// <summary>The encryption key named <paramref name="id"/>, if the ring holds it.</summary>
    public bool TryGetKey(string id, out EncryptionKey key) => _keys.TryGetValue(id, out key!);

    /// <summary>A new ring with fresh random keys.</summary>
    public static KeyRing Generate(TimeProvider clock)
    {
        var key = EncryptionKey.Generate(clock, "k");
        return new KeyRing(key.Id, [key], EncryptionKey.Generate(clock, "i"));
    }

    /// <summary>
    /// This ring with a new active key; the previous keys stay for reading. The blind-index key
    /// is kept (changing it would make every stored index unsearchable until rebuilt).
    /// </summary>
    public KeyRing Rotate(TimeProvider clock)
    {
        var key = EncryptionKey.Generate(clock, "k");
        return new KeyRing(key.Id, _keys.Values.Append(key), IndexKey);
    }

    /// <summary>This ring without the retired keys: only the active key and the index key remain.</summary>
    public KeyRing WithoutRetiredKeys() => new(Active.Id, [Active], IndexKey);
}
