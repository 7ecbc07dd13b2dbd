using System.Globalization;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Validation;
using Claimsmith.X12.Writing;

namespace Claimsmith.X12.Acknowledgments;

/// <summary>
/// Builds the 999 that acknowledges a received file (e.g. an 837 batch) from its
/// <see cref="X12ValidationResult"/>: one 999 per functional group, an AK2 per transaction set,
/// IK3/IK4 for each located error, IK5 and AK9 verdicts (005010X231A1).
/// </summary>
public static class Acknowledgment999Builder
{
    /// <summary>One 999 per group of the validated input.</summary>
    public static IReadOnlyList<Acknowledgment999> FromValidation(X12ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var list = new List<Acknowledgment999>();
        foreach (var group in result.Groups)
        {
            var ack = new Acknowledgment999
            {
                FunctionalId = group.Header.FunctionalId,
                GroupControlNumber = group.Header.ControlNumber,
                Version = group.Header.Version,
            };
            foreach (var tx in group.Transactions)
            {
                var response = new TransactionResponse999
                {
                    TransactionSetId = tx.Header.TransactionSetId,
                    ControlNumber = tx.Header.ControlNumber,
                    ImplementationReference = tx.Header.ImplementationReference,
                };
                var errors = tx.Issues.Where(i => i.Severity == X12IssueSeverity.Error).ToList();
                foreach (var bySegment in errors.Where(i => i.SegmentPositionInTransaction > 0 && !IsEnvelopeCode(i.Code)).GroupBy(i => i.SegmentPositionInTransaction))
                {
                    var first = bySegment.First();
                    var segmentLevel = bySegment.FirstOrDefault(i => i.ElementPosition is null);
                    var seg = new SegmentError999
                    {
                        SegmentId = first.SegmentId ?? "UNK",
                        Position = bySegment.Key,
                        LoopId = first.Loop is { } l && l != "ST" && l != "HEADER" ? l : null,
                        ErrorCode = segmentLevel?.AckErrorCode ?? "8",
                    };
                    foreach (var e in bySegment.Where(i => i.ElementPosition is not null).Take(99))
                    {
                        seg.ElementErrors.Add(new ElementError999(e.ElementPosition!.Value, e.ComponentPosition, null, null, ElementCode(e.AckErrorCode), null));
                    }

                    response.SegmentErrors.Add(seg);
                }

                if (tx.TrailerMissing)
                {
                    response.ErrorCodes.Add("2");
                }

                if (tx.ControlMismatch)
                {
                    response.ErrorCodes.Add("3");
                }

                if (tx.CountMismatch)
                {
                    response.ErrorCodes.Add("4");
                }

                if (errors.Count > 0 && response.SegmentErrors.Count > 0)
                {
                    response.ErrorCodes.Add("5");
                }

                response.Status = errors.Count == 0 ? "A" : "R";
                ack.Transactions.Add(response);
            }

            ack.ReceivedCount = group.Transactions.Count;
            ack.IncludedCount = group.Transactions.Count;
            ack.AcceptedCount = ack.Transactions.Count(t => t.IsAccepted);
            if (group.TrailerMissing)
            {
                ack.GroupErrorCodes.Add("3");
            }

            if (group.ControlMismatch)
            {
                ack.GroupErrorCodes.Add("4");
            }

            if (group.CountMismatch)
            {
                ack.GroupErrorCodes.Add("5");
            }

            ack.GroupStatus = ack.GroupErrorCodes.Count > 0 || ack.AcceptedCount == 0 ? "R" : ack.AcceptedCount == ack.ReceivedCount ? "A" : "P";
            list.Add(ack);
        }

        return list;
    }

    /// <summary>
    /// Writes the 999 interchange answering a validated file: sender and receiver swapped from
    /// the received ISA/GS, dates from <paramref name="time"/>, the given control number.
    /// </summary>
    public static byte[] Generate(X12ValidationResult result, TimeProvider time, int controlNumber, X12WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(time);
        var acks = FromValidation(result);
        var received = result.Groups.SelectMany(g => g.Transactions).Select(t => t.Header).FirstOrDefault();
        var now = time.GetUtcNow();
        var control = controlNumber.ToString("D9", CultureInfo.InvariantCulture);
        var isa = new X12InterchangeHeader
        {
            SenderQualifier = received?.Interchange.ReceiverQualifier ?? "ZZ",
            SenderId = received?.Interchange.ReceiverId ?? "CLAIMSMITH",
            ReceiverQualifier = received?.Interchange.SenderQualifier ?? "ZZ",
            ReceiverId = received?.Interchange.SenderId ?? "UNKNOWN",
            Date = now.ToString("yyMMdd", CultureInfo.InvariantCulture),
            Time = now.ToString("HHmm", CultureInfo.InvariantCulture),
            ControlNumber = control,
            UsageIndicator = received?.Interchange.UsageIndicator is { Length: > 0 } u ? u : "P",
        };
        var gs = new X12GroupHeader
        {
            FunctionalId = "FA",
            SenderCode = received?.Group.ReceiverCode ?? "CLAIMSMITH",
            ReceiverCode = received?.Group.SenderCode ?? "UNKNOWN",
            Date = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            Time = now.ToString("HHmm", CultureInfo.InvariantCulture),
            ControlNumber = controlNumber.ToString(CultureInfo.InvariantCulture),
            Version = "005010X231A1",
        };
        return Acknowledgment999Writer.ToBytes(isa, gs, acks, options);
    }

    private static bool IsEnvelopeCode(string code) => code.StartsWith("X12-ENV-", StringComparison.Ordinal);

    // IK403 codes are 1-13 and I-codes; segment-level codes that land on an element fall back to 7 (invalid code value).
    private static string ElementCode(string? code) => code is { Length: > 0 } c && (char.IsAsciiDigit(c[0]) || c.StartsWith('I')) ? c : "7";
}
