namespace Claimsmith.Billing;

/// <summary>A Health Care Provider Taxonomy code: nine letters or digits then <c>X</c> (837 PRV03).</summary>
public readonly record struct TaxonomyCode
{
    private readonly string? _value;

    private TaxonomyCode(string value) => _value = value;

    /// <summary>The ten characters.</summary>
    public string Value => _value ?? "";

    /// <summary>Checks the shape.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TaxonomyCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length != 10 || char.ToUpperInvariant(text[9]) != 'X')
        {
            return false;
        }

        foreach (var c in text[..9])
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        code = new TaxonomyCode(text.ToString().ToUpperInvariant());
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static TaxonomyCode Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"Not a taxonomy code: '{text}'.");

    /// <inheritdoc />
    public override string ToString() => Value;
}
