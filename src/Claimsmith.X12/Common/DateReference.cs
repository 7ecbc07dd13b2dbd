using System.Globalization;

namespace Claimsmith.X12.Common;

/// <summary>A DTP segment: qualified date or date range (DTP01 qualifier, DTP02 format D8/RD8, DTP03 value).</summary>
/// <param name="Qualifier">DTP01, e.g. 472 service, 431 onset, 434 statement, 573 adjudication.</param>
/// <param name="Format">DTP02: D8 (CCYYMMDD), RD8 (CCYYMMDD-CCYYMMDD), DT, TM.</param>
/// <param name="Value">DTP03 as written.</param>
public sealed record DateReference(string Qualifier, string Format, string Value)
{
    /// <summary>A D8 date reference.</summary>
    public static DateReference Of(string qualifier, DateOnly date) => new(qualifier, "D8", date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>An RD8 range.</summary>
    public static DateReference Range(string qualifier, DateOnly from, DateOnly to) =>
        new(qualifier, "RD8", from.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + to.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>The date for D8 (or the start of an RD8 range); null when not a real date.</summary>
    public DateOnly? Date => X12Values.ParseDate(Value.Length >= 8 ? Value[..8] : Value);

    /// <summary>The end of an RD8 range (the date itself for D8).</summary>
    public DateOnly? EndDate => Format == "RD8" && Value.Length == 17 ? X12Values.ParseDate(Value[9..]) : Date;
}
