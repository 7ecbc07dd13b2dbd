using Claimsmith.X12.Claims;
using Claimsmith.X12.Common;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Internal;

/// <summary>Conversions between common segments and their typed records, shared by the readers and writers.</summary>
internal static class SegmentMapping
{
    public static string? Opt(X12Segment s, int position) => s[position] is { Length: > 0 } v ? v : null;

    public static decimal Dec(X12Segment s, int position, TransactionContext? context)
    {
        var v = s[position];
        if (v.Length == 0)
        {
            return 0;
        }

        var d = X12Values.ParseDecimal(v);
        if (d is null)
        {
            context?.Report(Issues.X12IssueCodes.InvalidValue, Issues.X12IssueSeverity.Error, s.Id, position, null, $"'{v}' is not a number.", "6");
        }

        return d ?? 0;
    }

    public static decimal? DecOpt(X12Segment s, int position, TransactionContext? context) =>
        s[position].Length == 0 ? null : Dec(s, position, context);

    public static Reference ToReference(X12Segment s) => new(s[1], s[2], Opt(s, 3)) { Composite = Opt(s, 4) };

    public static X12Segment FromReference(Reference r) => new("REF", r.Qualifier, r.Value, r.Description, r.Composite);

    public static DateReference ToDate(X12Segment s) => new(s[1], s[2], s[3]);

    public static X12Segment FromDate(DateReference d) => new("DTP", d.Qualifier, d.Format, d.Value);

    public static Amount ToAmount(X12Segment s, TransactionContext? c) => new(s[1], Dec(s, 2, c), Opt(s, 3));

    public static X12Segment FromAmount(Amount a) => new("AMT", a.Qualifier, X12Values.Money(a.Value), a.CreditDebit);

    public static Quantity ToQuantity(X12Segment s, TransactionContext? c) => new(s[1], Dec(s, 2, c));

    public static X12Segment FromQuantity(Quantity q) => new("QTY", q.Qualifier, X12Values.Money(q.Value));

    public static Contact ToContact(X12Segment s)
    {
        var numbers = new List<(string, string)>();
        for (var i = 3; i + 1 <= 8; i += 2)
        {
            if (s[i].Length > 0)
            {
                numbers.Add((s[i], s[i + 1]));
            }
        }

        return new Contact(s[1], Opt(s, 2), numbers);
    }

    public static X12Segment FromContact(Contact c)
    {
        var e = new string?[8];
        e[0] = c.FunctionCode;
        e[1] = c.Name;
        for (var i = 0; i < c.Numbers.Count && i < 3; i++)
        {
            e[2 + (2 * i)] = c.Numbers[i].Qualifier;
            e[3 + (2 * i)] = c.Numbers[i].Number;
        }

        return new X12Segment("PER", e);
    }

    /// <summary>CAS: group code then up to six (reason, amount, quantity) triplets.</summary>
    public static void AddAdjustments(X12Segment s, List<Adjustment> into, TransactionContext? c)
    {
        var group = s[1];
        var split = into.Count > 0 && into[^1].Group == group;
        for (var i = 2; i + 1 <= 19; i += 3)
        {
            if (s[i].Length == 0)
            {
                continue;
            }

            into.Add(new Adjustment(group, s[i], Dec(s, i + 1, c), DecOpt(s, i + 2, c)) { StartsNewSegment = split });
            split = false;
        }
    }

    /// <summary>Groups consecutive adjustments with one group code into CAS segments of at most six.</summary>
    public static IEnumerable<X12Segment> FromAdjustments(IReadOnlyList<Adjustment> adjustments)
    {
        var i = 0;
        while (i < adjustments.Count)
        {
            var group = adjustments[i].Group;
            var e = new List<string?> { group };
            var n = 0;
            while (i < adjustments.Count && adjustments[i].Group == group && n < 6 && (n == 0 || !adjustments[i].StartsNewSegment))
            {
                var a = adjustments[i];
                e.Add(a.ReasonCode);
                e.Add(X12Values.Money(a.Amount));
                e.Add(X12Values.Money(a.Quantity));
                i++;
                n++;
            }

            yield return new X12Segment("CAS", [.. e]);
        }
    }

    public static Party837 ToParty(X12Segment s) => new()
    {
        EntityCode = s[1],
        EntityType = s[2],
        LastOrOrganizationName = Opt(s, 3),
        FirstName = Opt(s, 4),
        MiddleName = Opt(s, 5),
        Suffix = Opt(s, 7),
        IdQualifier = Opt(s, 8),
        Id = Opt(s, 9),
    };

    public static X12Segment FromParty(Party837 p) =>
        new("NM1", p.EntityCode, p.EntityType, p.LastOrOrganizationName, p.FirstName, p.MiddleName, null, p.Suffix, p.IdQualifier, p.Id);

    public static Address WithN3(Address? a, X12Segment s) => (a ?? new Address()) with { Line1 = Opt(s, 1), Line2 = Opt(s, 2) };

    public static Address WithN4(Address? a, X12Segment s) =>
        (a ?? new Address()) with { City = Opt(s, 1), State = Opt(s, 2), PostalCode = Opt(s, 3), Country = Opt(s, 4), CountrySubdivision = Opt(s, 7) };

    public static IEnumerable<X12Segment> FromAddress(Address? a)
    {
        if (a is null)
        {
            yield break;
        }

        if (a.HasStreet)
        {
            yield return new X12Segment("N3", a.Line1, a.Line2);
        }

        if (a.HasCity)
        {
            yield return new X12Segment("N4", a.City, a.State, a.PostalCode, a.Country, null, null, a.CountrySubdivision);
        }
    }
}
