using System.Globalization;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Writing;

namespace Claimsmith.X12.Acknowledgments;

/// <summary>Writes 999 acknowledgments (005010X231A1).</summary>
public static class Acknowledgment999Writer
{
    /// <summary>The segments between ST and SE.</summary>
    public static IEnumerable<X12Segment> Segments(Acknowledgment999 ack)
    {
        ArgumentNullException.ThrowIfNull(ack);
        yield return new X12Segment("AK1", ack.FunctionalId, ack.GroupControlNumber, ack.Version);
        foreach (var tx in ack.Transactions)
        {
            yield return new X12Segment("AK2", tx.TransactionSetId, tx.ControlNumber, tx.ImplementationReference);
            foreach (var seg in tx.SegmentErrors)
            {
                yield return new X12Segment("IK3", seg.SegmentId, seg.Position.ToString(CultureInfo.InvariantCulture), seg.LoopId, seg.ErrorCode);
                foreach (var el in seg.ElementErrors)
                {
                    var position = X12Segment.Composite(el.ElementPosition.ToString(CultureInfo.InvariantCulture), el.ComponentPosition?.ToString(CultureInfo.InvariantCulture), el.RepetitionPosition?.ToString(CultureInfo.InvariantCulture));
                    yield return new X12Segment("IK4", position, el.ReferenceNumber, el.ErrorCode, el.BadValue);
                }
            }

            yield return new X12Segment("IK5", [tx.Status, .. tx.ErrorCodes.Take(5)]);
        }

        yield return new X12Segment("AK9", [
            ack.GroupStatus,
            ack.IncludedCount.ToString(CultureInfo.InvariantCulture),
            ack.ReceivedCount.ToString(CultureInfo.InvariantCulture),
            ack.AcceptedCount.ToString(CultureInfo.InvariantCulture),
            .. ack.GroupErrorCodes.Take(5)]);
    }

    /// <summary>Writes 999s in one interchange/group (GS01 = FA, GS08 = 005010X231A1).</summary>
    public static byte[] ToBytes(X12InterchangeHeader interchange, X12GroupHeader group, IEnumerable<Acknowledgment999> acknowledgments, X12WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(acknowledgments);
        return X12Writer.ToBytes(w =>
        {
            w.BeginInterchange(interchange);
            w.BeginGroup(group);
            var n = 1;
            foreach (var ack in acknowledgments)
            {
                w.BeginTransaction("999", ack.ControlNumber ?? n.ToString("D4", CultureInfo.InvariantCulture), "005010X231A1");
                foreach (var s in Segments(ack))
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
