namespace Claimsmith.Coding.Guidelines;

/// <summary>Codes valid for one sex only (the MCE sex edits, by category range).</summary>
internal static class SexEdits
{
    public static bool Conflicts(string code, PatientSex sex)
    {
        if (sex == PatientSex.Unknown || code.Length < 3)
        {
            return false;
        }

        var cat = code[..3];
        var maleOnly = string.CompareOrdinal(cat, "N40") >= 0 && string.CompareOrdinal(cat, "N53") <= 0 ||
            string.CompareOrdinal(cat, "C60") >= 0 && string.CompareOrdinal(cat, "C63") <= 0 ||
            cat is "D29" or "Q53" or "Q54" or "Q55" or "Z8042" or "B37.4";
        var femaleOnly = string.CompareOrdinal(cat, "N70") >= 0 && string.CompareOrdinal(cat, "N98") <= 0 ||
            string.CompareOrdinal(cat, "C51") >= 0 && string.CompareOrdinal(cat, "C58") <= 0 ||
            code[0] == 'O' || cat is "D25" or "D26" or "D27" or "D28" or "D06" or "Z33" or "Z34" or "Z3A";
        return sex == PatientSex.Male ? femaleOnly : maleOnly;
    }
}
