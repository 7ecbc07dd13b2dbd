using System.Globalization;
using Claimsmith.X12.Common;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Writing;
using static Claimsmith.X12.Internal.SegmentMapping;

namespace Claimsmith.X12.ClaimStatus;

/// <summary>Writes 276 claim status requests (005010X212): HL 20/21/19/22(/23), 2200D/E TRN, REF, AMT, DTP.</summary>
public static class ClaimStatusInquiry276Writer
{
    /// <summary>The segments between ST and SE.</summary>
    public static IEnumerable<X12Segment> Segments(ClaimStatusInquiry276 q)
    {
        ArgumentNullException.ThrowIfNull(q);
        yield return new X12Segment("BHT", "0010", "13", q.Reference, q.CreationDate, q.CreationTime);
        yield return new X12Segment("HL", "1", null, "20", "1");
        yield return FromParty(q.Payer);
        yield return new X12Segment("HL", "2", "1", "21", "1");
        yield return FromParty(q.Receiver);
        yield return new X12Segment("HL", "3", "2", "19", "1");
        yield return FromParty(q.Provider);
        yield return new X12Segment("HL", "4", "3", "22", q.Dependent is null ? "0" : "1");
        if (q.Subscriber.Demographics is { } dmg && q.Dependent is null)
        {
            yield return new X12Segment("DMG", "D8", dmg.BirthDate, dmg.Gender);
        }

        yield return FromParty(q.Subscriber);
        if (q.Dependent is { } dep)
        {
            yield return new X12Segment("HL", "5", "4", "23");
            if (dep.Demographics is { } ddmg)
            {
                yield return new X12Segment("DMG", "D8", ddmg.BirthDate, ddmg.Gender);
            }

            yield return FromParty(dep);
        }

        yield return new X12Segment("TRN", "1", q.TraceNumber);
        if (q.PayerClaimControlNumber is not null)
        {
            yield return new X12Segment("REF", "1K", q.PayerClaimControlNumber);
        }

        if (q.BillType is not null)
        {
            yield return new X12Segment("REF", "BLT", q.BillType);
        }

        if (q.PatientControlNumber is not null)
        {
            yield return new X12Segment("REF", "EJ", q.PatientControlNumber);
        }

        if (q.TotalCharge is { } charge)
        {
            yield return new X12Segment("AMT", "T3", X12Values.Money(charge));
        }

        yield return q.ServiceTo is { } to && to != q.ServiceFrom
            ? new X12Segment("DTP", "472", "RD8", X12Values.Date(q.ServiceFrom) + "-" + X12Values.Date(to))
            : new X12Segment("DTP", "472", "D8", X12Values.Date(q.ServiceFrom));
    }

    /// <summary>Writes requests in one interchange/group (GS01 = HR).</summary>
    public static byte[] ToBytes(X12InterchangeHeader interchange, X12GroupHeader group, IEnumerable<ClaimStatusInquiry276> inquiries, X12WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inquiries);
        return X12Writer.ToBytes(w =>
        {
            w.BeginInterchange(interchange);
            w.BeginGroup(group);
            var n = 1;
            foreach (var q in inquiries)
            {
                w.BeginTransaction("276", n.ToString("D4", CultureInfo.InvariantCulture), "005010X212");
                foreach (var s in Segments(q))
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
}
