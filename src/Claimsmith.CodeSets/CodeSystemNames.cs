using System.Diagnostics.CodeAnalysis;

namespace Claimsmith.CodeSets;

/// <summary>Stable short names for <see cref="CodeSystem"/> used in URLs, the CLI and JSON.</summary>
public static class CodeSystemNames
{
    private static readonly string[] Names = ["icd10cm", "icd10pcs", "hcpcs", "modifier", "pos", "carc", "rarc", "group"];

    /// <summary>The short name of a system, e.g. <c>icd10cm</c>.</summary>
    public static string ToName(this CodeSystem system) => Names[(int)system];

    /// <summary>Parses a short name (case-insensitive; <c>cpt</c> and <c>icd10</c>/<c>cm</c>/<c>pcs</c> are accepted aliases).</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out CodeSystem system)
    {
        system = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        switch (name.Trim().ToLowerInvariant())
        {
            case "icd10cm" or "icd-10-cm" or "cm" or "icd10" or "icd":
                system = CodeSystem.Icd10Cm;
                return true;
            case "icd10pcs" or "icd-10-pcs" or "pcs":
                system = CodeSystem.Icd10Pcs;
                return true;
            case "hcpcs" or "cpt":
                system = CodeSystem.Hcpcs;
                return true;
            case "modifier" or "modifiers" or "mod":
                system = CodeSystem.Modifier;
                return true;
            case "pos" or "place-of-service":
                system = CodeSystem.PlaceOfService;
                return true;
            case "carc":
                system = CodeSystem.Carc;
                return true;
            case "rarc":
                system = CodeSystem.Rarc;
                return true;
            case "group" or "groups":
                system = CodeSystem.AdjustmentGroup;
                return true;
            default:
                return false;
        }
    }
}
