namespace Claimsmith.X12.Tests.Validation;

/// <summary>
/// Differences between Claimsmith's guide tables and the ig-reference encoding that are deliberate,
/// each with the reason. Anything not listed here fails <see cref="GuideReferenceTests"/>, and so
/// does an entry that no longer occurs.
/// </summary>
internal static class GuideReferenceDeviations
{
    public static IReadOnlyDictionary<string, string> For(string guide) => guide switch
    {
        "837I" => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The reference encodes 005010X223A1; Claimsmith follows the X223A2 errata, which made the
            // institutional claim code situational (required on inpatient claims), so outpatient
            // claims without CL1 are accepted.
            ["2300 CL1: segment usage R in the guide, S here"] = "X223A2 errata: CL1 situational",
        },
        _ => new Dictionary<string, string>(StringComparer.Ordinal),
    };
}
