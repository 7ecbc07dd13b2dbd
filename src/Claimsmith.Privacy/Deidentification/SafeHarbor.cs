using System.Globalization;

namespace Claimsmith.Privacy.Deidentification;

/// <summary>The Safe Harbor generalisations of structured fields: ZIP codes, dates and ages.</summary>
public static class SafeHarbor
{
    /// <summary>Age from which ages, and the birth years that reveal them, are grouped (164.514(b)(2)(i)(C)).</summary>
    public const int AgeCap = 90;

    /// <summary>
    /// Three-digit ZIP prefixes whose geographic units hold 20,000 people or fewer (HHS guidance
    /// on 164.514(b)(2)(i)(B), 2000 Census); they are reported as 000.
    /// </summary>
    public static IReadOnlySet<string> RestrictedZip3 { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893",
    };

    /// <summary>The first three digits of a ZIP code, 000 for a restricted prefix, null when there is no ZIP.</summary>
    public static string? Zip3(string? postalCode, DeidentificationReport? report = null)
    {
        var digits = new string((postalCode ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 5)
        {
            if (digits.Length > 0)
            {
                report?.AddRemoved(SafeHarborIdentifier.Geography);
            }

            return null;
        }

        report?.AddGeneralized(SafeHarborIdentifier.Geography);
        var prefix = digits[..3];
        return RestrictedZip3.Contains(prefix) ? "000" : prefix;
    }

    /// <summary>Whole years between <paramref name="birth"/> and <paramref name="on"/>.</summary>
    public static int Age(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        return on < birth.AddYears(age) ? age - 1 : age;
    }

    /// <summary>An age as exported: the number, or <c>90+</c> from 90 on.</summary>
    public static string AgeGroup(DateOnly birth, DateOnly on, DeidentificationReport? report = null)
    {
        var age = Age(birth, on);
        if (age >= AgeCap)
        {
            report?.AddGeneralized(SafeHarborIdentifier.Dates);
            return "90+";
        }

        return Math.Max(age, 0).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The birth year, or null when it would reveal an age of 90 or more on <paramref name="asOf"/>.</summary>
    public static int? BirthYear(DateOnly birth, DateOnly asOf, DeidentificationReport? report = null)
    {
        if (Age(birth, asOf) >= AgeCap)
        {
            report?.AddRemoved(SafeHarborIdentifier.Dates);
            return null;
        }

        report?.AddGeneralized(SafeHarborIdentifier.Dates);
        return birth.Year;
    }

    /// <summary>The year of a date directly related to the individual (service, admission, discharge).</summary>
    public static int Year(DateOnly date, DeidentificationReport? report = null)
    {
        report?.AddGeneralized(SafeHarborIdentifier.Dates);
        return date.Year;
    }
}
