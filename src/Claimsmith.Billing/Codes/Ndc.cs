namespace Claimsmith.Billing;

/// <summary>
/// A National Drug Code in the 11-digit 5-4-2 billing format (837 LIN03 with qualifier N4).
/// Input may be 11 digits or a hyphenated 10-digit label (4-4-2, 5-3-2, 5-4-1), padded with a
/// leading zero in the short segment as the HIPAA billing format requires.
/// </summary>
public readonly record struct Ndc
{
    private readonly string? _value;

    private Ndc(string value) => _value = value;

    /// <summary>The eleven digits.</summary>
    public string Value => _value ?? "";

    /// <summary>The 5-4-2 hyphenated form.</summary>
    public string Display => Value.Length == 11 ? $"{Value[..5]}-{Value[5..9]}-{Value[9..]}" : Value;

    /// <summary>Checks the shape and normalises to 11 digits.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Ndc ndc)
    {
        ndc = default;
        var s = text.Trim().ToString();
        var parts = s.Split('-');
        string digits;
        if (parts.Length == 1)
        {
            digits = s;
        }
        else if (parts.Length == 3)
        {
            digits = (parts[0].Length, parts[1].Length, parts[2].Length) switch
            {
                (5, 4, 2) => parts[0] + parts[1] + parts[2],
                (4, 4, 2) => "0" + parts[0] + parts[1] + parts[2],
                (5, 3, 2) => parts[0] + "0" + parts[1] + parts[2],
                (5, 4, 1) => parts[0] + parts[1] + "0" + parts[2],
                _ => "",
            };
        }
        else
        {
            return false;
        }

        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        ndc = new Ndc(digits);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static Ndc Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"Not an NDC: '{text}'.");

    /// <inheritdoc />
    public override string ToString() => Value;
}
