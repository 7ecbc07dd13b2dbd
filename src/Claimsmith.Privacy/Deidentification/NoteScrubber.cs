using System.Globalization;
using System.Text.RegularExpressions;

namespace Claimsmith.Privacy.Deidentification;

/// <summary>
/// Removes Safe Harbor identifiers from free text (clinical notes): what the record knows about
/// the patient (names, numbers, street, city) wherever it appears, and by pattern and cue the
/// identifiers a note may carry about anyone (emails, URLs, IP addresses, phone and fax numbers,
/// SSNs, labelled record, member, account, licence, device, vehicle and other numbers,
/// honorific-cued and labelled names, street addresses, city/state/ZIP). Dates keep their year
/// (none when the year reveals an age of 90 or more); ages of 90 and over become <c>90+</c>.
/// </summary>
/// <remarks>
/// Pattern scrubbing is conservative but not perfect: a name with no cue that the record does not
/// know (a neighbour mentioned in passing) is not found. Exports for model training should be
/// reviewed by sampling, as the Safe Harbor method also requires no actual knowledge that the
/// rest could identify the individual (164.514(b)(2)(ii)). Every pattern runs with a time limit,
/// so hostile text cannot stall an export.
/// </remarks>
public sealed partial class NoteScrubber
{
    private const int TimeoutMs = 2000;
    private readonly int _referenceYear;

    /// <summary>A scrubber; <paramref name="asOf"/> decides which years reveal an age of 90 or more.</summary>
    public NoteScrubber(DateOnly asOf)
    {
        _referenceYear = asOf.Year;
    }

    /// <summary>The text without identifiers; each removal is counted in <paramref name="report"/>.</summary>
    public string Scrub(string text, KnownIdentifiers? known, DeidentificationReport report)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(report);
        var t = text;
        t = Replace(t, Email(), SafeHarborIdentifier.EmailAddresses, "[EMAIL]", report);
        t = Replace(t, Url(), SafeHarborIdentifier.Urls, "[URL]", report);
        t = Replace(t, IPv4(), SafeHarborIdentifier.IpAddresses, "[IP]", report);
        t = Replace(t, IPv6(), SafeHarborIdentifier.IpAddresses, "[IP]", report);
        t = Replace(t, Ssn(), SafeHarborIdentifier.SocialSecurityNumbers, "[SSN]", report);
        t = Labelled(t, SsnLabel(), SafeHarborIdentifier.SocialSecurityNumbers, "[SSN]", report);
        t = Labelled(t, MrnLabel(), SafeHarborIdentifier.MedicalRecordNumbers, "[MRN]", report);
        t = Labelled(t, PlanLabel(), SafeHarborIdentifier.HealthPlanBeneficiaryNumbers, "[MEMBER-ID]", report);
        t = Labelled(t, AccountLabel(), SafeHarborIdentifier.AccountNumbers, "[ACCOUNT]", report);
        t = Labelled(t, LicenseLabel(), SafeHarborIdentifier.CertificateLicenseNumbers, "[LICENSE]", report);
        t = Labelled(t, PlateLabel(), SafeHarborIdentifier.VehicleIdentifiers, "[VEHICLE]", report);
        t = Replace(t, Vin(), SafeHarborIdentifier.VehicleIdentifiers, "[VEHICLE]", report);
        t = Labelled(t, DeviceLabel(), SafeHarborIdentifier.DeviceIdentifiers, "[DEVICE]", report);
        t = Labelled(t, OtherLabel(), SafeHarborIdentifier.OtherUniqueIdentifiers, "[ID]", report);
        t = Phones(t, report);
        t = Dates(t, report);
        t = Ages(t, report);
        t = Replace(t, PoBox(), SafeHarborIdentifier.Geography, "[ADDRESS]", report);
        t = Replace(t, Street(), SafeHarborIdentifier.Geography, "[ADDRESS]", report);
        t = CityStateZip(t, report);
        t = Labelled(t, ZipLabel(), SafeHarborIdentifier.Geography, null, report);
        if (known is not null)
        {
            t = Known(t, known, report);
        }

        t = HonorificNames().Replace(t, m =>
        {
            report.AddRemoved(SafeHarborIdentifier.Names);
            return m.Groups["title"].Value + " [NAME]";
        });
        t = Labelled(t, NameLabel(), SafeHarborIdentifier.Names, "[NAME]", report);
        return t;
    }

    private static string Replace(string text, Regex regex, SafeHarborIdentifier kind, string tag, DeidentificationReport report) =>
        regex.Replace(text, _ =>
        {
            report.AddRemoved(kind);
            return tag;
        });

    /// <summary>Replaces the <c>value</c> group, keeping the label ("MRN: [MRN]"); a null tag keeps a generalised ZIP.</summary>
    private static string Labelled(string text, Regex regex, SafeHarborIdentifier kind, string? tag, DeidentificationReport report) =>
        regex.Replace(text, m =>
        {
            var value = m.Groups["value"];
            string replacement;
            if (tag is null)
            {
                replacement = "[ZIP3 " + (SafeHarbor.Zip3(value.Value) ?? "000") + "]";
                report.AddGeneralized(kind);
            }
            else
            {
                replacement = tag;
                report.AddRemoved(kind);
            }

            return m.Value[..(value.Index - m.Index)] + replacement + m.Value[(value.Index - m.Index + value.Length)..];
        });

    private static string Phones(string text, DeidentificationReport report) =>
        Phone().Replace(text, m =>
        {
            // A number right after "fax" (within a few characters) is a fax number, (E) not (D).
            var before = text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index));
            var fax = before.Contains("fax", StringComparison.OrdinalIgnoreCase);
            report.AddRemoved(fax ? SafeHarborIdentifier.FaxNumbers : SafeHarborIdentifier.TelephoneNumbers);
            return fax ? "[FAX]" : "[PHONE]";
        });

    private string Dates(string text, DeidentificationReport report)
    {
        text = IsoDate().Replace(text, m => DateTag(m.Groups["year"].Value, report));
        text = NumericDate().Replace(text, m =>
        {
            var month = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 31 || day is < 1 or > 31 || (month > 12 && day > 12))
            {
                return m.Value;
            }

            var year = m.Groups["year"].Value;
            return DateTag(year.Length == 4 ? year : "", report);
        });
        text = CuedMonthDay().Replace(text, m => m.Value[..(m.Groups["value"].Index - m.Index)] + DateTag("", report));
        text = MonthDayYear().Replace(text, m => DateTag(m.Groups["year"].Value, report));
        text = DayMonthYear().Replace(text, m => DateTag(m.Groups["year"].Value, report));
        text = MonthYear().Replace(text, m => DateTag(m.Groups["year"].Value, report));
        text = BirthYear().Replace(text, m =>
        {
            var year = int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
            if (_referenceYear - year < SafeHarbor.AgeCap)
            {
                return m.Value;
            }

            report.AddRemoved(SafeHarborIdentifier.Dates);
            return m.Value[..(m.Groups["value"].Index - m.Index)] + "[YEAR]";
        });
        return text;
    }

    private string DateTag(string year, DeidentificationReport report)
    {
        // A year that reveals an age of 90 or more (a birth date) goes too: 164.514(b)(2)(i)(C).
        if (year.Length == 4 && int.TryParse(year, CultureInfo.InvariantCulture, out var y) && _referenceYear - y < SafeHarbor.AgeCap)
        {
            report.AddGeneralized(SafeHarborIdentifier.Dates);
            return "[DATE " + year + "]";
        }

        report.AddRemoved(SafeHarborIdentifier.Dates);
        return "[DATE]";
    }

    private static string Ages(string text, DeidentificationReport report)
    {
        static string Cap(Match m, DeidentificationReport report)
        {
            var age = int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
            if (age < SafeHarbor.AgeCap)
            {
                return m.Value;
            }

            report.AddGeneralized(SafeHarborIdentifier.Dates);
            var g = m.Groups["value"];
            return m.Value[..(g.Index - m.Index)] + "90+" + m.Value[(g.Index - m.Index + g.Length)..];
        }

        text = AgeBefore().Replace(text, m => Cap(m, report));
        return AgeAfter().Replace(text, m => Cap(m, report));
    }

    private static string CityStateZip(string text, DeidentificationReport report) =>
        CityStateZipPattern().Replace(text, m =>
        {
            report.AddRemoved(SafeHarborIdentifier.Geography);
            var zip = m.Groups["zip"];
            if (zip.Success)
            {
                report.AddGeneralized(SafeHarborIdentifier.Geography);
            }

            return "[CITY], " + m.Groups["state"].Value + (zip.Success ? " [ZIP3 " + (SafeHarbor.Zip3(zip.Value) ?? "000") + "]" : "");
        });

    private static string Known(string text, KnownIdentifiers known, DeidentificationReport report)
    {
        foreach (var (value, kind) in known.Values)
        {
            var tag = kind switch
            {
                SafeHarborIdentifier.Names => "[NAME]",
                SafeHarborIdentifier.Geography => "[ADDRESS]",
                SafeHarborIdentifier.TelephoneNumbers => "[PHONE]",
                SafeHarborIdentifier.HealthPlanBeneficiaryNumbers => "[MEMBER-ID]",
                SafeHarborIdentifier.AccountNumbers => "[ACCOUNT]",
                SafeHarborIdentifier.MedicalRecordNumbers => "[MRN]",
                _ => "[ID]",
            };
            // Whole words only, any case: "Rivera's" loses "Rivera", "Riverside" keeps it.
            var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(value) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(TimeoutMs));
            text = Replace(text, pattern, kind, tag, report);
        }

        return text;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.None, TimeoutMs)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:(?:https?|ftp)://|www\.)[^\s<>""']+", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex IPv4();

    [GeneratedRegex(@"(?<![\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?)(?![\w:])", RegexOptions.None, TimeoutMs)]
    private static partial Regex IPv6();

    [GeneratedRegex(@"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Ssn();

    [GeneratedRegex(@"\b(?:SSN|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#]?\s*(?<value>\d{9})\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex SsnLabel();

    [GeneratedRegex(@"\b(?:MRN|medical\s+record(?:\s+(?:number|no\.?|#))?|chart\s+(?:number|no\.?|#))\s*[:#]?\s*(?<value>(?=[A-Z\-]*\d)[A-Z0-9\-]{4,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex MrnLabel();

    [GeneratedRegex(@"\b(?:member|subscriber|policy|beneficiary|insurance|medicaid|medicare|MBI|HICN|plan)(?:\s+(?:id|identifier|number|no\.?|#))?\s*[:#]?\s*(?<value>(?=[A-Z\-]*\d)[A-Z0-9\-]{5,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex PlanLabel();

    [GeneratedRegex(@"\b(?:account|acct)(?:\s+(?:number|no\.?|#))?\s*[:#]?\s*(?<value>(?=[A-Z\-]*\d)[A-Z0-9\-]{4,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex AccountLabel();

    [GeneratedRegex(@"\b(?:licen[cs]e|certificate|DEA|driver'?s\s+licen[cs]e)(?:\s+(?:number|no\.?|#))?\s*[:#]?\s*(?<value>(?=[A-Z\-]*\d)[A-Z0-9\-]{4,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex LicenseLabel();

    [GeneratedRegex(@"\b(?:licen[cs]e\s+plate|plate(?:\s+(?:number|no\.?|#))?|tag\s+number)\s*[:#]?\s*(?<value>(?=[A-Z\-\s]*\d)[A-Z0-9][A-Z0-9\-]{2,8})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex PlateLabel();

    [GeneratedRegex(@"\b(?=[A-HJ-NPR-Z]*\d)(?=\d*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex Vin();

    [GeneratedRegex(@"\b(?:serial(?:\s+(?:number|no\.?|#))?|S/N|device(?:\s+(?:id|identifier|number))?|UDI|implant\s+(?:id|number))\s*[:#]?\s*(?<value>(?=[A-Z\-()]*\d)[A-Z0-9\-()]{5,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex DeviceLabel();

    [GeneratedRegex(@"\b(?:claim|case|encounter|visit|accession|specimen|order|ticket|employee|badge|passport)\s*(?:number|no\.?|#|id)\s*[:#]?\s*(?<value>(?=[A-Z\-]*\d)[A-Z0-9\-]{4,})", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex OtherLabel();

    [GeneratedRegex(@"(?<![\d\-])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\d\-])", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?<year>\d{4})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex IsoDate();

    // The year is required: "1.5 mg", "2-3 times" and "1/2 tablet" are not dates.
    [GeneratedRegex(@"(?<![\d/.\-])(?<a>\d{1,2})(?<sep>[/.\-])(?<b>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?![\d/.\-]*\d)", RegexOptions.None, TimeoutMs)]
    private static partial Regex NumericDate();

    // Month/day without a year, when a word says it is a date ("seen on 3/14").
    [GeneratedRegex(@"\b(?:on|since|from|until|through|dated|DOS|admitted|discharged|seen)\s+(?<value>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![\d/])", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex CuedMonthDay();

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:,?\s+(?<year>\d{4})\b)?", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:born(?:\s+in)?|DOB|date\s+of\s+birth|birth\s*year|YOB)\s*[:\-]?\s*(?<value>(?:18|19|20)\d{2})\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex BirthYear();

    [GeneratedRegex(@"\b(?:age[ds]?|aged)\s*[:\-]?\s*(?<value>\d{2,3})\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"\b(?<value>\d{2,3})\s*(?:-|\s)?\s*(?:years?|yrs?|y/?o\b|yo\b)(?:[\s\-]*old)?", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"\bP\.?\s*O\.?\s*Box\s+\d+\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex PoBox();

    [GeneratedRegex(@"\b\d{1,6}(?:\s+[A-Z0-9][\w'.]*){1,4}?\s+(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq)\b\.?(?:,?\s*(?i:apt|apartment|suite|ste|unit|#)\.?\s*[\w\-]+)?", RegexOptions.None, TimeoutMs)]
    private static partial Regex Street();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s*(?<state>AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|GU|VI|AS|MP)\b(?:\s+(?<zip>\d{5})(?:-\d{4})?\b)?", RegexOptions.None, TimeoutMs)]
    private static partial Regex CityStateZipPattern();

    [GeneratedRegex(@"\b(?:ZIP|zip\s*code|postal\s*code)\s*[:#]?\s*(?<value>\d{5}(?:-\d{4})?)\b", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex ZipLabel();

    [GeneratedRegex(@"\b(?i:patient(?:\s+name)?|pt\s+name|name|mother|father|wife|husband|son|daughter|spouse|sister|brother|guardian|caregiver|emergency\s+contact|contact|signed\s+by|electronically\s+signed\s+by|dictated\s+by|attending|referred\s+by|employer)\s*[:\-]\s*(?<value>[A-Z][A-Za-z'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'\-]+){0,2})", RegexOptions.None, TimeoutMs)]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"\b(?<title>Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|RN)\.?\s+(?:[A-Z]\.\s*)?[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?", RegexOptions.None, TimeoutMs)]
    private static partial Regex HonorificNames();
}
