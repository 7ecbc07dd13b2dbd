using System.Globalization;
using Claimsmith.Privacy.Encryption;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claimsmith.Data.Privacy;

/// <summary>Encrypts a text column; the purpose (e.g. <c>Patient.LastName</c>) is bound into each value.</summary>
internal sealed class EncryptedStringConverter : ValueConverter<string, string>
{
    public EncryptedStringConverter(FieldCipher? cipher, string purpose)
        : base(v => Require(cipher).Encrypt(v, purpose), s => Require(cipher).Decrypt(s, purpose))
    {
    }

    internal static FieldCipher Require(FieldCipher? cipher) =>
        cipher ?? throw new InvalidOperationException("PHI encryption is not configured for this context: create it through DatabaseSettings (UsePhiEncryption).");
}

/// <summary>Encrypts a date (birth dates) as its ISO text.</summary>
internal sealed class EncryptedDateConverter : ValueConverter<DateOnly, string>
{
    public EncryptedDateConverter(FieldCipher? cipher, string purpose)
        : base(
            v => EncryptedStringConverter.Require(cipher).Encrypt(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), purpose),
            s => DateOnly.ParseExact(EncryptedStringConverter.Require(cipher).Decrypt(s, purpose), "yyyy-MM-dd", CultureInfo.InvariantCulture))
    {
    }
}

/// <summary>Encrypts binary content (released 837 files).</summary>
internal sealed class EncryptedBytesConverter : ValueConverter<byte[], byte[]>
{
    public EncryptedBytesConverter(FieldCipher? cipher, string purpose)
        : base(v => EncryptedStringConverter.Require(cipher).EncryptBytes(v, purpose), s => EncryptedStringConverter.Require(cipher).DecryptBytes(s, purpose))
    {
    }
}
