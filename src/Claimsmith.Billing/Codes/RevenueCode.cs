namespace Claimsmith.Billing;

/// <summary>A UB-04 revenue code: four digits (837I SV201, e.g. <c>0450</c> emergency room).</summary>
public readonly record struct RevenueCode
{
    private readonly string? _value;

    private RevenueCode(string value) => _value = value;

    /// <summary>The four digits.</summary>
    public string Value => _value ?? "";

    /// <summary>Checks the shape; three digits are padded with a leading zero.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RevenueCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length is < 3 or > 4)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        code = new RevenueCode(text.ToString().PadLeft(4, '0'));
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static RevenueCode Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"Not a revenue code: '{text}'.");

    /// <inheritdoc />
    public override string ToString() => Value;
}
