using System.Text;
using Claimsmith.X12.Acknowledgments;
using Claimsmith.X12.ClaimStatus;
using Claimsmith.X12.Issues;

namespace Claimsmith.Billing;

/// <summary>
/// Reads a 999 or a 277CA into <see cref="AcknowledgementItem"/>s with the codes explained in
/// words. Never throws for a bad file: what could be read is returned with the issues.
/// </summary>
public static class AcknowledgementReader
{
    /// <summary>Reads <paramref name="data"/>, telling 999 from 277 by the first ST01.</summary>
    public static AcknowledgementReport Read(ReadOnlyMemory<byte> data)
    {
        var kind = Sniff(data.Span);
        return kind switch
        {
            AcknowledgementKind.Implementation999 => Read999(data),
            AcknowledgementKind.ClaimAcknowledgement277 => Read277(data),
            _ => new AcknowledgementReport(null, null, [], [new BillingIssue("ack.kind", "file", "The file holds neither a 999 nor a 277CA transaction set.")]),
        };
    }

    private static AcknowledgementReport Read999(ReadOnlyMemory<byte> data)
    {
        var read = Acknowledgment999Reader.Read(data);
        var items = new List<AcknowledgementItem>();
        string? control = null;
        foreach (var ack in read.Value)
        {
            control ??= ack.Envelope?.Interchange.ControlNumber;
            foreach (var tx in ack.Transactions)
            {
                var codes = new List<string> { $"IK5 {tx.Status}{string.Concat(tx.ErrorCodes.Select(c => " " + c))}" };
                var words = new StringBuilder($"Transaction set {tx.ControlNumber} {AcknowledgementCodes.TransactionVerdict(tx.Status)}");
                if (tx.ErrorCodes.Count > 0)
                {
                    words.Append(": ").AppendJoin("; ", tx.ErrorCodes.Select(AcknowledgementCodes.TransactionError));
                }

                foreach (var seg in tx.SegmentErrors)
                {
                    codes.Add($"IK3 {seg.SegmentId} {seg.Position} {seg.ErrorCode}".TrimEnd());
                    words.Append($". Segment {seg.SegmentId} at position {seg.Position}");
                    if (seg.LoopId is { Length: > 0 } loop)
                    {
                        words.Append($" (loop {loop})");
                    }

                    if (seg.ErrorCode is { } segCode)
                    {
                        words.Append(": ").Append(AcknowledgementCodes.SegmentError(segCode));
                    }

                    // CTX*CLM01:<claim number> names the claim the error is in (999 loop 2100 CTX).
                    foreach (var claimNumber in seg.Contexts.Select(ClaimOfContext).OfType<string>())
                    {
                        words.Append($", in claim {claimNumber}");
                    }

                    foreach (var el in seg.ElementErrors)
                    {
                        codes.Add($"IK4 {el.ElementPosition} {el.ReferenceNumber} {el.ErrorCode}");
                        words.Append($"; element {el.ElementPosition}: {AcknowledgementCodes.ElementError(el.ErrorCode)}");
                        if (el.BadValue is { Length: > 0 } bad)
                        {
                            words.Append($" ('{bad}')");
                        }
                    }
                }

                var verdict = tx.IsAccepted ? AcknowledgementVerdict.Accepted : AcknowledgementVerdict.Rejected;
                items.Add(new AcknowledgementItem(ack.GroupControlNumber, tx.ControlNumber, null, null, verdict, string.Join("; ", codes), words.Append('.').ToString()));
            }
        }

        return new AcknowledgementReport(AcknowledgementKind.Implementation999, control, items, Issues(read.Issues));
    }

    private static AcknowledgementReport Read277(ReadOnlyMemory<byte> data)
    {
        var read = ClaimStatus277Reader.Read(data);
        var items = new List<AcknowledgementItem>();
        string? control = null;
        foreach (var response in read.Value)
        {
            control ??= response.Envelope?.Interchange.ControlNumber;
            foreach (var claim in response.Claims)
            {
                if (claim.PatientControlNumber is not { Length: > 0 } number)
                {
                    continue;
                }

                var statuses = claim.Statuses.SelectMany(All).ToList();
                var lineStatuses = claim.ServiceLines.SelectMany(l => l.Statuses.SelectMany(All).Select(s => (Line: l, Status: s))).ToList();
                var verdicts = statuses.Concat(lineStatuses.Select(x => x.Status)).Select(s => AcknowledgementCodes.VerdictOfCategory(s.Category)).ToList();
                var verdict = verdicts.Contains(AcknowledgementVerdict.Rejected) ? AcknowledgementVerdict.Rejected
                    : verdicts.Contains(AcknowledgementVerdict.Accepted) ? AcknowledgementVerdict.Accepted
                    : AcknowledgementVerdict.Received;
                var codes = statuses.Select(Composite)
                    .Concat(lineStatuses.Select(x => $"line {x.Line.LineItemControlNumber ?? x.Line.Procedure?.Code} {Composite(x.Status)}"));
                var words = statuses.Select(s => Capitalize(AcknowledgementCodes.DescribeStatus(s.Category, s.Code, s.Entity)))
                    .Concat(lineStatuses.Select(x => $"Line {x.Line.LineItemControlNumber ?? x.Line.Procedure?.Code}: {AcknowledgementCodes.DescribeStatus(x.Status.Category, x.Status.Code, x.Status.Entity)}"))
                    .Concat(claim.Statuses.Where(s => s.Message is { Length: > 0 }).Select(s => $"Payer message: {s.Message}"));
                items.Add(new AcknowledgementItem(null, null, number, claim.PayerClaimControlNumber, verdict, string.Join(", ", codes), string.Join(". ", words) + "."));
            }
        }

        return new AcknowledgementReport(AcknowledgementKind.ClaimAcknowledgement277, control, items, Issues(read.Issues));

        // STC01 is required; STC10 and STC11 carry up to two more category/status/entity composites.
        static IEnumerable<(string Category, string Code, string? Entity)> All(StatusInfo s) =>
            new[] { (s.Category, s.Code, s.EntityCode) }.Concat(s.Additional.Select(a => (a.Category, a.Code, a.EntityCode)));

        static string Composite((string Category, string Code, string? Entity) s) =>
            s.Entity is null ? $"{s.Category}:{s.Code}" : $"{s.Category}:{s.Code}:{s.Entity}";
    }

    // CTX01 "CLM01" + component separator + the claim's CLM01 value (999 2100 CTX business unit identifier).
    private static string? ClaimOfContext(string ctx)
    {
        var at = ctx.IndexOf("CLM01", StringComparison.Ordinal);
        if (at < 0 || ctx.Length <= at + 6)
        {
            return null;
        }

        var value = ctx[(at + 6)..];
        var end = value.IndexOfAny(['*', '~', '\r', '\n']);
        return end < 0 ? value : value[..end];
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static List<BillingIssue> Issues(IReadOnlyList<X12Issue> issues) =>
        issues.Where(i => i.Severity == X12IssueSeverity.Error).Select(i => new BillingIssue(i.Code, i.Location, i.Message)).ToList();

    // The element separator is the fourth byte of ISA; the first ST01 tells the transaction set.
    private static AcknowledgementKind? Sniff(ReadOnlySpan<byte> data)
    {
        var start = data.IndexOf("ISA"u8);
        if (start < 0 || data.Length < start + 4)
        {
            return null;
        }

        Span<byte> st999 = [(byte)'S', (byte)'T', data[start + 3], (byte)'9', (byte)'9', (byte)'9'];
        Span<byte> st277 = [(byte)'S', (byte)'T', data[start + 3], (byte)'2', (byte)'7', (byte)'7'];
        var a = data.IndexOf(st999);
        var b = data.IndexOf(st277);
        return (a, b) switch
        {
            ( >= 0, < 0) => AcknowledgementKind.Implementation999,
            ( < 0, >= 0) => AcknowledgementKind.ClaimAcknowledgement277,
            ( >= 0, >= 0) => a < b ? AcknowledgementKind.Implementation999 : AcknowledgementKind.ClaimAcknowledgement277,
            _ => null,
        };
    }
}
