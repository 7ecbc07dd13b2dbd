using System.Globalization;

namespace Claimsmith.Web.Workbench.Pages.Freelance;

/// <summary>How the freelance screens write durations, hours, rates and dates (invariant, as the rest of the workbench).</summary>
internal static class FreelanceFormat
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayName(DateOnly day) => day.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A duration as h:mm:ss (hours may exceed 24).</summary>
    public static string Duration(TimeSpan span)
    {
        var sign = span < TimeSpan.Zero ? "-" : "";
        span = span.Duration();
        return sign + ((int)span.TotalHours).ToString(CultureInfo.InvariantCulture) + span.ToString(@"\:mm\:ss", CultureInfo.InvariantCulture);
    }

    public static string Minutes(int minutes) => Duration(TimeSpan.FromMinutes(minutes));

    public static string Hours(decimal hours) => hours.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal? value, string format = "0.00") => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    /// <summary>A rate (0.9512) as a percentage (95.1%).</summary>
    public static string Percent(decimal? rate) => rate is { } r ? (r * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Monday of the week of <paramref name="day"/>.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static Guid? ParseGuid(string? text) => Guid.TryParse(text, out var g) ? g : null;
}
