using System.Security.Cryptography;

namespace Claimsmith.Privacy.Encryption;

/// <summary>
/// One 256-bit secret with its identifier. The id is written in clear into every value it
/// protects so a reader knows which key of the ring opens it; it is not secret.
/// </summary>
public sealed class EncryptionKey
{
    /// <summary>Key size in bytes: AES-256 and HMAC-SHA-256 both take 32.</summary>
    public const int SizeInBytes = 32;

    private readonly byte[] _material;

    /// <summary>A key from its id and 32 bytes of material.</summary>
    public EncryptionKey(string id, ReadOnlySpan<byte> material, DateTimeOffset createdAt)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException("A key id is 1 to 40 characters of A-Z, a-z, 0-9 and '-'.", nameof(id));
        }

        if (material.Length != SizeInBytes)
        {
            throw new ArgumentException($"A key is {SizeInBytes} bytes, not {material.Length}.", nameof(material));
        }

        Id = id;
        _material = material.ToArray();
        CreatedAt = createdAt;
    }

    /// <summary>The key's identifier (e.g. <c>k20261127-3f9a1c</c>).</summary>
    public string Id { get; }

    /// <summary>When the key was generated.</summary>
    public DateTimeOffset CreatedAt { get; }

    internal ReadOnlySpan<byte> Material => _material;

    /// <summary>The key material as base64, for writing the key file.</summary>
    public string ToBase64() => Convert.ToBase64String(_material);

    /// <summary>A new random key; <paramref name="prefix"/> starts its id (<c>k</c> for encryption, <c>i</c> for blind indexes).</summary>
    public static EncryptionKey Generate(TimeProvider clock, string prefix = "k")
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var id = $"{prefix}{now:yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        return new EncryptionKey(id, RandomNumberGenerator.GetBytes(SizeInBytes), now);
    }

    /// <summary>True for ids that can stand in the stored value's header (no separator, no LIKE wildcard).</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 40 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
