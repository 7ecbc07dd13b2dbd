namespace Claimsmith.X12.Claims;

/// <summary>
/// A composite medical procedure identifier (C003): qualifier (HC HCPCS/CPT, AD dental, ER, IV,
/// N4 NDC, WK), the code, up to four modifiers and a description (SV101, SV202, SVC01, SVD03).
/// </summary>
/// <param name="Qualifier">C003-01.</param>
/// <param name="Code">C003-02.</param>
public sealed record ProcedureCode(string Qualifier, string Code)
{
    /// <summary>C003-03..06.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    /// <summary>C003-07 description.</summary>
    public string? Description { get; init; }

    /// <summary>C003-08 product/service id (835 SVC only).</summary>
    public string? ProductServiceId { get; init; }

    /// <summary>A HCPCS/CPT code with modifiers.</summary>
    public static ProcedureCode Hcpcs(string code, params string[] modifiers) => new("HC", code) { Modifiers = modifiers };

    /// <summary>Parses the canonical composite form.</summary>
    public static ProcedureCode? FromComposite(string? composite)
    {
        if (string.IsNullOrEmpty(composite))
        {
            return null;
        }

        var p = composite.Split(Tokenizing.X12Segment.ComponentSeparator);
        string Part(int i) => i < p.Length ? p[i] : string.Empty;
        var modifiers = new List<string>();
        for (var i = 2; i <= 5; i++)
        {
            if (Part(i).Length > 0)
            {
                modifiers.Add(Part(i));
            }
        }

        return new ProcedureCode(Part(0), Part(1))
        {
            Modifiers = modifiers,
            Description = Part(6).Length > 0 ? Part(6) : null,
            ProductServiceId = Part(7).Length > 0 ? Part(7) : null,
        };
    }

    /// <summary>The canonical composite form.</summary>
    public string ToComposite()
    {
        var m = Modifiers;
        return Tokenizing.X12Segment.Composite(Qualifier, Code, At(m, 0), At(m, 1), At(m, 2), At(m, 3), Description, ProductServiceId);

        static string? At(IReadOnlyList<string> list, int i) => i < list.Count ? list[i] : null;
    }
}
