using System.Diagnostics.CodeAnalysis;

namespace Claimsmith.CodeSets.Codes;

/// <summary>
/// An ICD-10-CM code, validated for shape only: a letter, a digit (or, since FY2026, a letter as
/// in <c>QA0</c>), an alphanumeric character, then up to four more alphanumeric characters, with an optional dot after the third
/// (<c>E11.22</c>, <c>E1122</c>, <c>S72.001A</c>, <c>T36.0X1A</c>). Whether the code exists or is
/// billable on a date of service is a question for the versioned code set, not for this value.
/// </summary>
public readonly record struct IcdCode
{
    private readonly string? _value;

    private IcdCode(string value) => _value = value;

    /// <summary>The code without the dot, upper case (<c>E1122</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The category: the first three characters (<c>E11</c>).</summary>
    public string Category => Value.Length >= 3 ? Value[..3] : Value;

    /// <summary>Number of characters without the dot (3 to 7).</summary>
    public int Length => Value.Length;

    /// <summary>Parses an ICD-10-CM code of valid shape.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IcdCode code)
    {
        code = default;
        text = text.Trim();
        Span<char> buffer = stackalloc char[7];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            if (c == '.')
            {
                // The dot may only follow the category (ICD-10-CM convention: XXX.XXXX).
                if (n != 3 || i == text.Length - 1)
                {
                    return false;
                }

                continue;
            }

            if (n == 7 || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            buffer[n++] = c;
        }

        if (n < 3 || !char.IsAsciiLetterUpper(buffer[0]) || !(char.IsAsciiDigit(buffer[1]) || char.IsAsciiDigit(buffer[2])))
        {
            return false;
        }

        code = new IcdCode(new string(buffer[..n]));
        return true;
    }

    /// <summary>Parses an ICD-10-CM code; throws <see cref="FormatException"/> when the shape is wrong.</summary>
    public static IcdCode Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an ICD-10-CM code.");

    /// <summary>Parses a string (null-tolerant).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IcdCode code)
    {
        code = default;
        return text is not null && TryParse(text.AsSpan(), out code);
    }

    /// <summary>The code with its dot (<c>E11.22</c>).</summary>
    public override string ToString() => Format(Value);

    /// <summary>Puts the dot after the category of a dotless ICD-10-CM code.</summary>
    public static string Format(string dotless) =>
        dotless.Length > 3 ? string.Concat(dotless.AsSpan(0, 3), ".", dotless.AsSpan(3)) : dotless;
}
