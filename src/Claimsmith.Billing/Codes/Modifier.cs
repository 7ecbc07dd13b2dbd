namespace Claimsmith.Billing;

/// <summary>A CPT/HCPCS modifier: two letters or digits (<c>25</c>, <c>59</c>, <c>LT</c>, <c>XS</c>).</summary>
public readonly record struct Modifier
{
    private readonly string? _value;

    private Modifier(string value) => _value = value;

    /// <summary>The two characters, upper case.</summary>
    public string Value => _value ?? "";

    /// <summary>Checks the shape.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Modifier modifier)
    {
        modifier = default;
        text = text.Trim();
        if (text.Length != 2 || !char.IsAsciiLetterOrDigit(text[0]) || !char.IsAsciiLetterOrDigit(text[1]))
        {
            return false;
        }

        modifier = new Modifier(text.ToString().ToUpperInvariant());
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static Modifier Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"Not a modifier: '{text}'.");

    /// <inheritdoc />
    public override string ToString() => Value;
}
