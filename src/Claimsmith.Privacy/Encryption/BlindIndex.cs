using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Claimsmith.Privacy.Encryption;

/// <summary>
/// Keyed hashes (HMAC-SHA-256 under the ring's index key) of normalised values, stored beside
/// the encrypted column so that equality search works without decrypting every row. Without the
/// index key the hashes cannot be recomputed, so a copy of the database alone does not allow a
/// dictionary attack on names or birth dates. They do reveal which rows share a value.
/// </summary>
public sealed class BlindIndex
{
    /// <summary>Characters of a stored index: 16 bytes of the HMAC as unpadded base64url.</summary>
    public const int Length = 22;

    private const string LatinFold = "ÀÁÂÃÄÅĀĂĄÇĆĈĊČĎĐÈÉÊËĒĔĖĘĚĜĞĠĢĤĦÌÍÎÏĨĪĬĮİĴĶĹĻĽĿŁÑŃŅŇÒÓÔÕÖØŌŎŐŔŖŘŚŜŞŠŢŤŦÙÚÛÜŨŪŬŮŰŲŴÝŸŶŹŻŽ";
    private const string LatinBase = "AAAAAAAAACCCCCDDEEEEEEEEEGGGGHHIIIIIIIIIJKLLLLLNNNNOOOOOOOOORRRSSSSTTTUUUUUUUUUUWYYYZZZ";

    private readonly EncryptionKey _key;

    /// <summary>Indexes under the ring's index key.</summary>
    public BlindIndex(KeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _key = keys.IndexKey;
    }

    /// <summary>The index of a person's name part (last or first name), or null when it normalises to nothing.</summary>
    public string? Name(string? value, string purpose) => Hash(NormalizeName(value), purpose);

    /// <summary>The index of a date (birth date).</summary>
    public string Date(DateOnly value, string purpose) => Hash(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), purpose)!;

    /// <summary>
    /// Folds a name for exact matching: compatibility decomposition without combining marks
    /// (é to E), upper case, letters and digits only ("O'Brien-Smith" and "obrien smith" match).
    /// </summary>
    public static string NormalizeName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                var upper = char.ToUpperInvariant(c);
                // Claimsmith runs with invariant globalization, where normalisation may leave
                // precomposed Latin letters whole: fold the common ones explicitly.
                var folded = LatinFold.IndexOf(upper, StringComparison.Ordinal);
                sb.Append(folded >= 0 ? LatinBase[folded] : upper);
            }
        }

        return sb.ToString();
    }

    private string? Hash(string normalized, string purpose)
    {
        if (normalized.Length == 0)
        {
            return null;
        }

        // The purpose separates the index of one column from another's (a last name "Lee" and a
        // first name "Lee" hash differently), so equal values do not link across columns.
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key.Material, Encoding.UTF8.GetBytes(purpose + "\u0000" + normalized), mac);
        return Convert.ToBase64String(mac[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
