using System.Buffers;
using System.Globalization;
using System.Text;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Common;

/// <summary>Formatting and parsing of X12 values.</summary>
public static class X12Values
{
    /// <summary>
    /// Formats a decimal as X12 type R ("150", "8.20", "-3.25"): no exponent, and the scale the
    /// value carries is kept so a read amount is written back as it came.
    /// </summary>
    public static string Money(decimal value)
    {
        var s = value.ToString(CultureInfo.InvariantCulture);
        return s.StartsWith("-0", StringComparison.Ordinal) && value == 0 ? s[1..] : s;
    }

    /// <summary>Formats a nullable decimal (null gives null).</summary>
    public static string? Money(decimal? value) => value is { } v ? Money(v) : null;

    /// <summary>Formats a date as CCYYMMDD.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Parses CCYYMMDD; null when not a real date.</summary>
    public static DateOnly? ParseDate(string? value) => value is null ? null : ParseDate(value.AsSpan());

    /// <summary>Parses an X12 number; null when empty or malformed.</summary>
    public static decimal? ParseDecimal(string? value) => value is null ? null : ParseDecimal(value.AsSpan());

    /// <summary>Parses CCYYMMDD from characters without allocating; null when not a real date.</summary>
    internal static DateOnly? ParseDate(ReadOnlySpan<char> value)
    {
        Span<byte> bytes = stackalloc byte[8];
        return value.Length == 8 && Ascii.FromUtf16(value, bytes, out _) == OperationStatus.Done && X12SegmentView.TryParseDate(bytes, out var d) ? d : null;
    }

    /// <summary>Parses an X12 number from characters without allocating; null when empty or malformed.</summary>
    internal static decimal? ParseDecimal(ReadOnlySpan<char> value)
    {
        // The byte parser takes at most 30 characters (X12 R is at most 18 digits plus sign and point).
        Span<byte> bytes = stackalloc byte[30];
        return value.Length is > 0 and <= 30 && Ascii.FromUtf16(value, bytes, out var written) == OperationStatus.Done && X12SegmentView.TryParseDecimal(bytes[..written], out var d) ? d : null;
    }

    internal static DateOnly? ParseDateOrNull(string value) => ParseDate(value.AsSpan());

    internal static decimal? ParseDecimalOrNull(string value) => ParseDecimal(value.AsSpan());

    /// <summary>Whether a 10-digit NPI passes the Luhn check over the prefix 80840 (CMS NPI check digit rule).</summary>
    public static bool IsValidNpi(ReadOnlySpan<char> npi)
    {
        if (npi.Length != 10)
        {
            return false;
        }

        foreach (var c in npi)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        // The constant 24 is the Luhn contribution of the prefix 80840 (NPI standard, check digit calculation).
        var sum = 24;
        for (var i = 8; i >= 0; i--)
        {
            var d = npi[i] - '0';
            if ((8 - i) % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        var check = (10 - (sum % 10)) % 10;
        return check == npi[9] - '0';
    }
}
