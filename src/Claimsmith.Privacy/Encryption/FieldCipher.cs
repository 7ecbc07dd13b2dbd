using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Claimsmith.Privacy.Encryption;

/// <summary>
/// Authenticated encryption of single field values with AES-256-GCM under a <see cref="KeyRing"/>.
/// </summary>
/// <remarks>
/// <para>Text values are stored as <c>ENC1:{keyId}:{base64(nonce ‖ ciphertext ‖ tag)}</c>, binary
/// values as the bytes <c>CSE1</c>, the key id's length, the key id, then nonce ‖ ciphertext ‖ tag.
/// The version (<c>ENC1</c>) lets a later format coexist; the key id names the key that opens
/// the value, so rotation can re-encrypt row by row while old and new values are mixed.</para>
/// <para>Each value gets a fresh random 96-bit nonce (NIST SP 800-38D 8.2.2: with random nonces
/// a key must not protect more than 2^32 values; rotate well before that). The associated data
/// binds the value to its format version, key id and purpose (the column, e.g.
/// <c>Patient.LastName</c>), so a ciphertext moved to another column or with an edited header
/// fails authentication.</para>
/// <para>Values that do not carry the header are taken as plaintext written before encryption
/// was enabled (<see cref="IsProtected(string)"/> is false); <c>claimsmith keys reencrypt</c>
/// encrypts them.</para>
/// </remarks>
public sealed class FieldCipher
{
    /// <summary>Header of text values in format version 1.</summary>
    public const string TextPrefix = "ENC1:";

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] BinaryMagic = "CSE1"u8.ToArray();

    /// <summary>A cipher over <paramref name="keys"/>.</summary>
    public FieldCipher(KeyRing keys)
    {
        Keys = keys ?? throw new ArgumentNullException(nameof(keys));
    }

    /// <summary>The ring this cipher reads and writes with.</summary>
    public KeyRing Keys { get; }

    /// <summary>The text header every value encrypted under the active key starts with.</summary>
    public string ActivePrefix => TextPrefix + Keys.Active.Id + ":";

    /// <summary>Encrypts <paramref name="plaintext"/> for the column named by <paramref name="purpose"/>.</summary>
    public string Encrypt(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = Keys.Active;
        var input = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + input.Length + TagSize];
        Seal(key, purpose, input, sealedBytes);
        return TextPrefix + key.Id + ":" + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>
    /// Decrypts a stored value (any key of the ring); a value without the header is returned
    /// unchanged (plaintext from before encryption).
    /// </summary>
    /// <exception cref="CryptographicException">The key is not in the ring or the value was altered.</exception>
    public string Decrypt(string stored, string purpose)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsProtected(stored))
        {
            return stored;
        }

        var rest = stored.AsSpan(TextPrefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0)
        {
            throw new CryptographicException($"A protected value for {purpose} has no key id.");
        }

        var key = KeyFor(rest[..colon].ToString(), purpose);
        var payload = rest[(colon + 1)..];
        var buffer = ArrayPool<byte>.Shared.Rent(payload.Length);
        try
        {
            if (!Convert.TryFromBase64Chars(payload, buffer, out var length) || length < NonceSize + TagSize)
            {
                throw new CryptographicException($"A protected value for {purpose} is not well formed.");
            }

            var plain = new byte[length - NonceSize - TagSize];
            Open(key, purpose, buffer.AsSpan(0, length), plain);
            return Encoding.UTF8.GetString(plain);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>Encrypts binary content (e.g. a released 837 file).</summary>
    public byte[] EncryptBytes(byte[] plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = Keys.Active;
        var id = Encoding.ASCII.GetBytes(key.Id);
        var result = new byte[BinaryMagic.Length + 1 + id.Length + NonceSize + plaintext.Length + TagSize];
        BinaryMagic.CopyTo(result, 0);
        result[BinaryMagic.Length] = (byte)id.Length;
        id.CopyTo(result, BinaryMagic.Length + 1);
        Seal(key, purpose, plaintext, result.AsSpan(BinaryMagic.Length + 1 + id.Length));
        return result;
    }

    /// <summary>Decrypts binary content; bytes without the header are returned unchanged.</summary>
    public byte[] DecryptBytes(byte[] stored, string purpose)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsProtected(stored))
        {
            return stored;
        }

        int idLength = stored[BinaryMagic.Length];
        var start = BinaryMagic.Length + 1 + idLength;
        if (stored.Length < start + NonceSize + TagSize)
        {
            throw new CryptographicException($"A protected value for {purpose} is not well formed.");
        }

        var key = KeyFor(Encoding.ASCII.GetString(stored, BinaryMagic.Length + 1, idLength), purpose);
        var plain = new byte[stored.Length - start - NonceSize - TagSize];
        Open(key, purpose, stored.AsSpan(start), plain);
        return plain;
    }

    /// <summary>True when <paramref name="stored"/> carries the version-1 text header.</summary>
    public static bool IsProtected(string? stored) => stored is not null && stored.StartsWith(TextPrefix, StringComparison.Ordinal);

    /// <summary>True when <paramref name="stored"/> carries the version-1 binary header.</summary>
    public static bool IsProtected(ReadOnlySpan<byte> stored) => stored.Length > BinaryMagic.Length && stored.StartsWith(BinaryMagic);

    /// <summary>The key id in a stored text value's header, or null for plaintext.</summary>
    public static string? KeyIdOf(string? stored)
    {
        if (!IsProtected(stored))
        {
            return null;
        }

        var colon = stored!.IndexOf(':', TextPrefix.Length);
        return colon < 0 ? null : stored[TextPrefix.Length..colon];
    }

    private EncryptionKey KeyFor(string id, string purpose) =>
        Keys.TryGetKey(id, out var key)
            ? key
            : throw new CryptographicException($"A value for {purpose} is encrypted with key '{id}', which the key ring does not hold.");

    private static byte[] AssociatedData(EncryptionKey key, string purpose) => Encoding.UTF8.GetBytes($"ENC1|{key.Id}|{purpose}");

    private static void Seal(EncryptionKey key, string purpose, ReadOnlySpan<byte> plaintext, Span<byte> output)
    {
        var nonce = output[..NonceSize];
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Material, TagSize);
        aes.Encrypt(nonce, plaintext, output.Slice(NonceSize, plaintext.Length), output.Slice(NonceSize + plaintext.Length, TagSize), AssociatedData(key, purpose));
    }

    private static void Open(EncryptionKey key, string purpose, ReadOnlySpan<byte> sealedBytes, Span<byte> plaintext)
    {
        using var aes = new AesGcm(key.Material, TagSize);
        try
        {
            aes.Decrypt(sealedBytes[..NonceSize], sealedBytes.Slice(NonceSize, plaintext.Length), sealedBytes[^TagSize..], plaintext, AssociatedData(key, purpose));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new CryptographicException($"A value for {purpose} failed authentication (altered, moved from another column, or a different key with the same id).", ex);
        }
    }
}
