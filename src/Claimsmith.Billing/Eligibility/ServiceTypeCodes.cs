using System.Collections.Frozen;

namespace Claimsmith.Billing;

/// <summary>
/// Service type codes (270 EQ01, 271 EB03; code list 1365) in plain words: the codes payers
/// return most. An unknown code is shown as the code.
/// </summary>
public static class ServiceTypeCodes
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["1"] = "medical care",
        ["2"] = "surgical",
        ["3"] = "consultation",
        ["4"] = "diagnostic X-ray",
        ["5"] = "diagnostic lab",
        ["6"] = "radiation therapy",
        ["7"] = "anesthesia",
        ["8"] = "surgical assistance",
        ["12"] = "durable medical equipment purchase",
        ["18"] = "durable medical equipment rental",
        ["30"] = "health benefit plan coverage",
        ["33"] = "chiropractic",
        ["35"] = "dental care",
        ["42"] = "home health care",
        ["45"] = "hospice",
        ["47"] = "hospital",
        ["48"] = "hospital inpatient",
        ["50"] = "hospital outpatient",
        ["51"] = "hospital emergency accident",
        ["52"] = "hospital emergency medical",
        ["53"] = "hospital ambulatory surgical",
        ["62"] = "MRI/CAT scan",
        ["65"] = "newborn care",
        ["68"] = "well baby care",
        ["73"] = "diagnostic medical",
        ["76"] = "dialysis",
        ["78"] = "chemotherapy",
        ["80"] = "immunizations",
        ["81"] = "routine physical",
        ["82"] = "family planning",
        ["86"] = "emergency services",
        ["88"] = "pharmacy",
        ["93"] = "podiatry",
        ["98"] = "professional (physician) visit - office",
        ["99"] = "professional (physician) visit - inpatient",
        ["A0"] = "professional (physician) visit - outpatient",
        ["A3"] = "professional (physician) visit - home",
        ["A4"] = "psychiatric",
        ["A6"] = "psychotherapy",
        ["A7"] = "psychiatric - inpatient",
        ["A8"] = "psychiatric - outpatient",
        ["AD"] = "occupational therapy",
        ["AE"] = "physical medicine",
        ["AF"] = "speech therapy",
        ["AG"] = "skilled nursing care",
        ["AL"] = "vision (optometry)",
        ["BG"] = "cardiac rehabilitation",
        ["MH"] = "mental health",
        ["PT"] = "physical therapy",
        ["UC"] = "urgent care",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The service type in words, or <c>service type CODE</c> when not in the table.</summary>
    public static string Describe(string code) => Names.TryGetValue(code, out var name) ? name : $"service type {code}";

    /// <summary>True when the code is in the table.</summary>
    public static bool IsKnown(string code) => Names.ContainsKey(code);
}
