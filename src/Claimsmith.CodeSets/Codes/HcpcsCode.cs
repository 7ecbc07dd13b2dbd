using System.Diagnostics.CodeAnalysis;

namespace Claimsmith.CodeSets.Codes;

/// <summary>
/// A HCPCS code, validated for shape only: Level I (CPT: five digits, or four digits and
/// <c>F</c> category II, <c>T</c> category III, <c>U</c> proprietary laboratory analyses) or
/// Level II (a letter A-V and four digits, e.g. <c>J1100</c>).
/// </summary>
public readonly record struct HcpcsCode
{
    private readonly string? _value;

    private HcpcsCode(string value) => _value = value;

    /// <summary>The five characters, upper case.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for Level I (CPT) codes, whose descriptors are AMA-licensed.</summary>
    public bool IsCpt => Value.Length == 5 && char.IsAsciiDigit(Value[0]);

    /// <summary>Parses a HCPCS code of valid shape.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out HcpcsCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length != 5)
        {
            return false;
        }

        Span<char> b = stackalloc char[5];
        for (var i = 0; i < 5; i++)
        {
            b[i] = char.ToUpperInvariant(text[i]);
        }

        var middleDigits = char.IsAsciiDigit(b[1]) && char.IsAsciiDigit(b[2]) && char.IsAsciiDigit(b[3]);
        var ok = middleDigits && (char.IsAsciiDigit(b[0])
            ? char.IsAsciiDigit(b[4]) || b[4] is 'F' or 'T' or 'U' or 'M'
            : b[0] is >= 'A' and <= 'V' && char.IsAsciiDigit(b[4]));
        if (!ok)
        {
            return false;
        }

        code = new HcpcsCode(new string(b));
        return true;
    }

    /// <summary>Parses a string (null-tolerant).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out HcpcsCode code)
    {
        code = default;
        return text is not null && TryParse(text.AsSpan(), out code);
    }

    /// <summary>Parses a HCPCS code; throws <see cref="FormatException"/> when the shape is wrong.</summary>
    public static HcpcsCode Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a HCPCS/CPT code.");

    /// <inheritdoc />
    public override string ToString() => Value;
}
