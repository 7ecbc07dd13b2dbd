namespace Claimsmith.Billing;

/// <summary>X12 claim filing indicator codes (837 SBR09) that Claimsmith accepts.</summary>
public static class ClaimFilingIndicator
{
    /// <summary>Codes and their meaning (5010 element 1032).</summary>
    public static IReadOnlyDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["09"] = "Self-pay",
        ["11"] = "Other non-federal programs",
        ["12"] = "PPO",
        ["13"] = "POS",
        ["14"] = "EPO",
        ["15"] = "Indemnity insurance",
        ["16"] = "HMO Medicare risk",
        ["17"] = "Dental maintenance organization",
        ["AM"] = "Automobile medical",
        ["BL"] = "Blue Cross/Blue Shield",
        ["CH"] = "CHAMPUS (TRICARE)",
        ["CI"] = "Commercial insurance",
        ["DS"] = "Disability",
        ["FI"] = "Federal employees program",
        ["HM"] = "HMO",
        ["LM"] = "Liability medical",
        ["MA"] = "Medicare Part A",
        ["MB"] = "Medicare Part B",
        ["MC"] = "Medicaid",
        ["OF"] = "Other federal program",
        ["TV"] = "Title V",
        ["VA"] = "Veterans Affairs plan",
        ["WC"] = "Workers' compensation",
        ["ZZ"] = "Mutually defined",
    };

    /// <summary>True when <paramref name="code"/> is one of <see cref="Codes"/>.</summary>
    public static bool IsValid(string? code) => code is not null && Codes.ContainsKey(code);
}
