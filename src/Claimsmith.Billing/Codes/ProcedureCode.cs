namespace Claimsmith.Billing;

/// <summary>A CPT or HCPCS Level II procedure code by shape (five characters).</summary>
public readonly record struct ProcedureCode
{
    private readonly string? _value;

    private ProcedureCode(string value) => _value = value;

    /// <summary>The five characters, upper case.</summary>
    public string Value => _value ?? "";

    /// <summary>Which code system the shape says.</summary>
    public ProcedureCodeKind Kind => char.IsAsciiLetter(Value.Length > 0 ? Value[0] : '0')
        ? ProcedureCodeKind.Hcpcs
        : Value.Length == 5 && char.IsAsciiLetter(Value[4]) ? ProcedureCodeKind.CptOther : ProcedureCodeKind.Cpt;

    /// <summary>Checks the shape: 5 digits; 4 digits + F, T or U; or a letter A-V + 4 digits.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ProcedureCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length != 5)
        {
            return false;
        }

        Span<char> c = stackalloc char[5];
        for (var i = 0; i < 5; i++)
        {
            c[i] = char.ToUpperInvariant(text[i]);
        }

        var middleDigits = char.IsAsciiDigit(c[1]) && char.IsAsciiDigit(c[2]) && char.IsAsciiDigit(c[3]);
        var ok = middleDigits && (
            (char.IsAsciiDigit(c[0]) && (char.IsAsciiDigit(c[4]) || c[4] is 'F' or 'T' or 'U'))
            || (c[0] is >= 'A' and <= 'V' && char.IsAsciiDigit(c[4])));
        if (!ok)
        {
            return false;
        }

        code = new ProcedureCode(new string(c));
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static ProcedureCode Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"Not a CPT/HCPCS code: '{text}'.");

    /// <inheritdoc />
    public override string ToString() => Value;
}
