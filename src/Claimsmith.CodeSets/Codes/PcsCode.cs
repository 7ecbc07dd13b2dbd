using System.Diagnostics.CodeAnalysis;

namespace Claimsmith.CodeSets.Codes;

/// <summary>
/// An ICD-10-PCS code, validated for shape only: exactly seven characters from the digits and
/// the letters other than I and O (ICD-10-PCS Official Guidelines A.2, A.4: I and O are never
/// used, to avoid confusion with 1 and 0).
/// </summary>
public readonly record struct PcsCode
{
    private readonly string? _value;

    private PcsCode(string value) => _value = value;

    /// <summary>The seven characters, upper case.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a PCS code of valid shape.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PcsCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length != 7)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[7];
        for (var i = 0; i < 7; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            if (!IsPcsChar(c))
            {
                return false;
            }

            buffer[i] = c;
        }

        code = new PcsCode(new string(buffer));
        return true;
    }

    /// <summary>Parses a string (null-tolerant).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PcsCode code)
    {
        code = default;
        return text is not null && TryParse(text.AsSpan(), out code);
    }

    /// <summary>Parses a PCS code; throws <see cref="FormatException"/> when the shape is wrong.</summary>
    public static PcsCode Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an ICD-10-PCS code.");

    internal static bool IsPcsChar(char c) => char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && c != 'I' && c != 'O');

    /// <inheritdoc />
    public override string ToString() => Value;
}
