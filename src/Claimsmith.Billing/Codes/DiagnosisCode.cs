namespace Claimsmith.Billing;

/// <summary>
/// An ICD-10-CM diagnosis code by shape only: a letter, a digit, an alphanumeric, then up to
/// four alphanumerics (3 to 7 characters; the dot after the third is optional on input and
/// never stored: 837 HI carries codes without the dot). Whether the code exists or is billable
/// on a date is the code set's business, not this type's.
/// </summary>
public readonly record struct DiagnosisCode
{
    private readonly string? _value;

    private DiagnosisCode(string value) => _value = value;

    /// <summary>The code without the dot, upper case (<c>E1122</c>).</summary>
    public string Value => _value ?? "";

    /// <summary>The code with the dot after the category (<c>E11.22</c>).</summary>
    public string Display => Value.Length > 3 ? string.Concat(Value.AsSpan(0, 3), ".", Value.AsSpan(3)) : Value;

    /// <summary>Checks the shape.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DiagnosisCode code)
    {
        code = default;
        text = text.Trim();
        Span<char> buffer = stackalloc char[7];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            if (c == '.' && i == 3)
            {
                continue;
            }

            if (n == 7 || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            buffer[n++] = c;
        }

        if (n < 3 || !char.IsAsciiLetter(buffer[0]) || !char.IsAsciiDigit(buffer[1]) || (text.Length > 3 && text[3] == '.' && n == 3))
        {
            return false;
        }

        code = new DiagnosisCode(new string(buffer[..n]));
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static DiagnosisCode Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"Not an ICD-10-CM code: '{text}'.");

    /// <inheritdoc />
    public override string ToString() => Value;
}
