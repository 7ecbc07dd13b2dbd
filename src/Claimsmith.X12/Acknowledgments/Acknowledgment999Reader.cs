using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Acknowledgments;

/// <summary>Reads 999 acknowledgments.</summary>
public static class Acknowledgment999Reader
{
    /// <summary>Reads every 999 in an input held in memory.</summary>
    public static X12ReadResult<IReadOnlyList<Acknowledgment999>> Read(ReadOnlyMemory<byte> data, X12ReaderOptions? options = null)
    {
        using var reader = X12SegmentReader.Create(data, options);
        var issues = new List<X12Issue>();
        var handler = new Handler();
        new EnvelopeParser(reader, handler, issues).Run();
        return new X12ReadResult<IReadOnlyList<Acknowledgment999>>(handler.Results, issues);
    }

    private sealed class Handler : ITransactionHandler
    {
        private Acknowledgment999? _ack;
        private TransactionResponse999? _tx;
        private SegmentError999? _seg;

        public List<Acknowledgment999> Results { get; } = [];

        public bool BeginTransaction(TransactionContext context)
        {
            if (context.Header!.TransactionSetId != "999")
            {
                return false;
            }

            _ack = new Acknowledgment999 { ControlNumber = context.Header.ControlNumber, FunctionalId = string.Empty, GroupControlNumber = string.Empty, Envelope = context.Header };
            Results.Add(_ack);
            _tx = null;
            _seg = null;
            return true;
        }

        public void EndTransaction(TransactionContext context) => _ack = null;

        public void Segment(TransactionContext context, X12SegmentView view)
        {
            var s = view.ToSegment();
            var ack = _ack!;
            switch (s.Id)
            {
                case "AK1":
                    ack.FunctionalId = s[1];
                    ack.GroupControlNumber = s[2];
                    ack.Version = s[3].Length > 0 ? s[3] : null;
                    context.CurrentLoop = "HEADER";
                    return;
                case "AK2":
                    _tx = new TransactionResponse999 { TransactionSetId = s[1], ControlNumber = s[2], ImplementationReference = s[3].Length > 0 ? s[3] : null };
                    ack.Transactions.Add(_tx);
                    _seg = null;
                    context.CurrentLoop = "2000";
                    return;
                case "IK3" when _tx is not null:
                    _seg = new SegmentError999 { SegmentId = s[1], Position = int.TryParse(s[2], out var p) ? p : 0, LoopId = s[3].Length > 0 ? s[3] : null, ErrorCode = s[4].Length > 0 ? s[4] : null };
                    _tx.SegmentErrors.Add(_seg);
                    context.CurrentLoop = "2100";
                    return;
                case "CTX" when _seg is not null:
                    _seg.Contexts.Add(s.ToString());
                    return;
                case "IK4" when _seg is not null:
                    _seg.ElementErrors.Add(new ElementError999(
                        int.TryParse(s.Component(1, 1), out var e) ? e : 0,
                        int.TryParse(s.Component(1, 2), out var c) ? c : null,
                        int.TryParse(s.Component(1, 3), out var r) ? r : null,
                        s[2].Length > 0 ? s[2] : null,
                        s[3],
                        s[4].Length > 0 ? s[4] : null));
                    context.CurrentLoop = "2110";
                    return;
                case "IK5" when _tx is not null:
                    _tx.Status = s[1];
                    for (var i = 2; i <= 6; i++)
                    {
                        if (s[i].Length > 0)
                        {
                            _tx.ErrorCodes.Add(s[i]);
                        }
                    }

                    _seg = null;
                    return;
                case "AK9":
                    ack.GroupStatus = s[1];
                    ack.IncludedCount = int.TryParse(s[2], out var inc) ? inc : 0;
                    ack.ReceivedCount = int.TryParse(s[3], out var rec) ? rec : 0;
                    ack.AcceptedCount = int.TryParse(s[4], out var acc) ? acc : 0;
                    for (var i = 5; i <= 9; i++)
                    {
                        if (s[i].Length > 0)
                        {
                            ack.GroupErrorCodes.Add(s[i]);
                        }
                    }

                    return;
                default:
                    context.Report(X12IssueCodes.UnplacedSegment, X12IssueSeverity.Error, s.Id, null, null, $"{s.Id} cannot be placed in a 999 here; it was ignored.", "2");
                    return;
            }
        }
    }
}
