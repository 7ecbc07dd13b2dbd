namespace Claimsmith.Billing;

/// <summary>
/// A National Provider Identifier: 10 digits whose last digit is the Luhn check digit computed
/// over the card-issuer prefix 80840 followed by the first nine digits (45 CFR 162.406; CMS
/// "NPI check digit" specification).
/// </summary>
public readonly record struct Npi
{
    private readonly string? _value;

    private Npi(string value) => _value = value;

    /// <summary>The ten digits.</summary>
    public string Value => _value ?? "";

    /// <summary>Checks shape and check digit.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Npi npi)
    {
        npi = default;
        text = text.Trim();
        if (text.Length != 10)
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

        if (ComputeCheckDigit(text[..9]) != text[9] - '0')
        {
            return false;
        }

        npi = new Npi(text.ToString());
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static Npi Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"Not a valid NPI: '{text}'.");

    /// <summary>The Luhn check digit for nine NPI digits, with the 80840 prefix folded in (constant 24).</summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> firstNine)
    {
        if (firstNine.Length != 9)
        {
            throw new ArgumentException("Nine digits expected.", nameof(firstNine));
        }

        // Luhn from the right: the rightmost of the nine is doubled. The prefix 80840 adds 24.
        var sum = 24;
        for (var i = 0; i < 9; i++)
        {
            var d = firstNine[8 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
