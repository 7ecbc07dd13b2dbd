using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Claimsmith.Data.Audit;

/// <summary>The canonical encoding of an <see cref="AuditEntry"/> and its SHA-256 chain hash.</summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// One line per field in a fixed order, each value length-prefixed (<c>5:hello</c>, <c>-</c> for
    /// null) so no two different entries encode alike; time as UTC Unix milliseconds.
    /// </summary>
    public static string Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sb = new StringBuilder("claimsmith-audit-v1\n");
        Field(sb, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(sb, entry.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Field(sb, entry.UserId);
        Field(sb, entry.UserName);
        Field(sb, entry.OrganizationId?.ToString("D"));
        Field(sb, entry.Action);
        Field(sb, entry.RecordType);
        Field(sb, entry.RecordIds);
        Field(sb, entry.ClientAddress);
        Field(sb, entry.Outcome.ToString());
        Field(sb, entry.Detail);
        Field(sb, entry.PreviousHash);
        return sb.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the canonical encoding (which includes the previous hash).</summary>
    public static string Compute(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entry))));

    private static void Field(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append('-');
        }
        else
        {
            sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        sb.Append('\n');
    }
}
