using System.Globalization;
using Claimsmith.X12.Common;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Writing;
using static Claimsmith.X12.Internal.SegmentMapping;

namespace Claimsmith.X12.Eligibility;

/// <summary>Writes 270 eligibility inquiries (005010X279A1), HL 20/21/22(/23) with TRN, NM1, DMG, DTP*291 and EQ.</summary>
public static class EligibilityInquiry270Writer
{
    /// <summary>The segments between ST and SE.</summary>
    public static IEnumerable<X12Segment> Segments(EligibilityInquiry270 inquiry)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        yield return new X12Segment("BHT", "0022", "13", inquiry.Reference, inquiry.CreationDate, inquiry.CreationTime);
        yield return new X12Segment("HL", "1", null, "20", "1");
        yield return FromParty(inquiry.Payer);
        yield return new X12Segment("HL", "2", "1", "21", "1");
        yield return FromParty(inquiry.Provider);
        foreach (var s in FromAddress(inquiry.Provider.Address))
        {
            yield return s;
        }

        yield return new X12Segment("HL", "3", "2", "22", inquiry.Dependent is null ? "0" : "1");
        foreach (var s in Person(inquiry.Subscriber, "IL"))
        {
            yield return s;
        }

        if (inquiry.Dependent is { } dep)
        {
            yield return new X12Segment("HL", "4", "3", "23", "0");
            foreach (var s in Person(dep, "03"))
            {
                yield return s;
            }
        }
    }

    /// <summary>Writes inquiries in one interchange/group (GS01 = HS).</summary>
    public static byte[] ToBytes(X12InterchangeHeader interchange, X12GroupHeader group, IEnumerable<EligibilityInquiry270> inquiries, X12WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inquiries);
        return X12Writer.ToBytes(w =>
        {
            w.BeginInterchange(interchange);
            w.BeginGroup(group);
            var n = 1;
            foreach (var inquiry in inquiries)
            {
                w.BeginTransaction("270", n.ToString("D4", CultureInfo.InvariantCulture), "005010X279A1");
                foreach (var s in Segments(inquiry))
                {
                    w.WriteSegment(s);
                }

                w.EndTransaction();
                n++;
            }

            w.EndGroup();
            w.EndInterchange();
        }, options);
    }

    private static IEnumerable<X12Segment> Person(EligibilityPerson p, string entityCode)
    {
        if (p.TraceNumber is not null)
        {
            yield return new X12Segment("TRN", "1", p.TraceNumber, p.TraceOriginator);
        }

        yield return new X12Segment("NM1", entityCode, "1", p.LastName, p.FirstName, p.MiddleName, null, null, p.MemberId is null ? null : "MI", p.MemberId);
        if (p.BirthDate is not null || p.Gender is not null)
        {
            yield return new X12Segment("DMG", "D8", p.BirthDate is { } b ? X12Values.Date(b) : null, p.Gender);
        }

        if (p.RelationshipCode is not null)
        {
            yield return new X12Segment("INS", "N", p.RelationshipCode);
        }

        if (p.ServiceDate is { } from)
        {
            yield return p.ServiceDateEnd is { } to && to != from
                ? new X12Segment("DTP", "291", "RD8", X12Values.Date(from) + "-" + X12Values.Date(to))
                : new X12Segment("DTP", "291", "D8", X12Values.Date(from));
        }

        foreach (var st in p.ServiceTypes)
        {
            yield return new X12Segment("EQ", st);
        }
    }
}
