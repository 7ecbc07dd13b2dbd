using System.Globalization;

namespace Claimsmith.Interop.Hl7;

/// <summary>HL7 DTM/DT values: <c>YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]</c> (v2.5.1 2A.3.22).</summary>
internal static class Hl7Dates
{
    public static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || text.Length < 8)
        {
            return false;
        }

        return DateOnly.TryParseExact(text.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static DateTimeOffset? Instant(string? text)
    {
        if (!TryDate(text, out var date))
        {
            return null;
        }

        var t = text!;
        var zoneAt = t.IndexOfAny(['+', '-'], 8);
        var offset = TimeSpan.Zero;
        if (zoneAt > 0 && t.Length >= zoneAt + 5 &&
            int.TryParse(t.AsSpan(zoneAt + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var zh) &&
            int.TryParse(t.AsSpan(zoneAt + 3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var zm) && zh < 15 && zm < 60)
        {
            offset = new TimeSpan(zh, zm, 0) * (t[zoneAt] == '-' ? -1 : 1);
        }

        var clock = zoneAt > 0 ? t[8..zoneAt] : t[8..];
        int Part(int at) => clock.Length >= at + 2 && int.TryParse(clock.AsSpan(at, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var (h, m, s) = (Part(0), Part(2), Part(4));
        if (h > 23 || m > 59 || s > 59)
        {
            return null;
        }

        return new DateTimeOffset(date.ToDateTime(new TimeOnly(h, m, s)), offset);
    }
}
