namespace Claimsmith.Billing;

/// <summary>
/// The chart type of an encounter, from its place of service (CMS POS code set) or, for
/// institutional claims, the first two digits of the type of bill (NUBC UB-04 FL 4).
/// </summary>
public static class ChartClassifier
{
    /// <summary>Classifies an encounter.</summary>
    public static ChartType Classify(Encounter encounter)
    {
        ArgumentNullException.ThrowIfNull(encounter);
        return Classify(encounter.PlaceOfService, encounter.FacilityTypeCode, encounter.Documents.Select(d => d.Kind));
    }

    /// <summary>
    /// POS 23 is the emergency room; POS 21, 51 and 61 and bill types 11x, 12x, 18x, 21x and 41x are
    /// inpatient; POS 24 (ambulatory surgical center), bill type 83x and an operative report make a
    /// surgical case; everything else is outpatient.
    /// </summary>
    public static ChartType Classify(string? placeOfService, string? facilityTypeCode, IEnumerable<string>? documentKinds = null)
    {
        var billType = facilityTypeCode is { Length: >= 2 } ? facilityTypeCode[..2] : "";
        if (placeOfService == "23")
        {
            return ChartType.EmergencyDepartment;
        }

        if (placeOfService is "21" or "51" or "61" || billType is "11" or "12" or "18" or "21" or "41")
        {
            return ChartType.Inpatient;
        }

        if (placeOfService == "24" || billType == "83"
            || (documentKinds ?? []).Any(k => k.Contains("operative", StringComparison.OrdinalIgnoreCase)))
        {
            return ChartType.Surgery;
        }

        return ChartType.Outpatient;
    }
}
