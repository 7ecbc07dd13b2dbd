using System.Globalization;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Internal;

/// <summary>What the envelope parser saw of one functional group (for acknowledgements).</summary>
internal sealed class GroupSummary
{
    public required X12GroupHeader Header { get; init; }

    public List<TransactionSummary> Transactions { get; } = [];

    public bool TrailerMissing { get; set; }

    public bool ControlMismatch { get; set; }

    public bool CountMismatch { get; set; }
}

/// <summary>What the envelope parser saw of one transaction set.</summary>
internal sealed class TransactionSummary
{
    public required X12TransactionHeader Header { get; init; }

    public List<X12Issue> Issues { get; } = [];

    public bool TrailerMissing { get; set; }

    public bool ControlMismatch { get; set; }

    public bool CountMismatch { get; set; }

    public bool HasErrors => Issues.Exists(i => i.Severity == X12IssueSeverity.Error);
}

/// <summary>
/// Walks ISA/GS/ST...SE/GE/IEA, checks counts and control numbers (X12.5/X12.6 envelope rules),
/// and hands each transaction's inside to a handler. Bad input becomes issues, never exceptions.
/// </summary>
internal sealed class EnvelopeParser
{
    private readonly X12SegmentReader _reader;
    private readonly ITransactionHandler? _handler;
    private readonly TransactionContext _context;

    private X12InterchangeHeader? _interchange;
    private GroupSummary? _group;
    private TransactionSummary? _transaction;
    private bool _handlerActive;
    private int _groupsInInterchange;
    private int _transactionsInGroup;
    private int _segmentsInTransaction;
    private long _isaSegmentNumber;

    public EnvelopeParser(X12SegmentReader reader, ITransactionHandler? handler, List<X12Issue> issues)
    {
        _reader = reader;
        _handler = handler;
        _context = new TransactionContext(issues);
    }

    public List<GroupSummary> Groups { get; } = [];

    public List<X12InterchangeHeader> Interchanges { get; } = [];

    public List<X12Issue> Issues => _context.Issues;

    public void Run()
    {
        var any = false;
        // The loop body is its own method: Run is entered once per input, so the runtime could only
        // give the loop on-stack-replacement code, while OnSegment runs per segment and gets fully
        // optimized (tier 1 with profile data) code.
        while (_reader.Read())
        {
            any = true;
            OnSegment(_reader.Current);
        }

        EndOfInput(any);
    }

    private void OnSegment(X12SegmentView segment)
    {
        _context.SegmentNumber = _reader.SegmentNumber;
        if (_transaction is not null)
        {
            _segmentsInTransaction++;
            _context.PositionInTransaction = _segmentsInTransaction;
        }

        var key = IdKey(segment.Span, segment.Delimiters.Element);
        if (key == 0)
        {
            Report(X12IssueCodes.InvalidSegmentId, segment.ToString().Length > 20 ? segment.ToString()[..20] : segment.ToString(), null, "The segment identifier is not 2-3 upper-case letters or digits.", "1");
            return;
        }

        CheckRepetitions(segment, key);
        switch (key)
        {
            case Isa:
                OnIsa(segment);
                break;
            case Gs:
                OnGs(segment);
                break;
            case St:
                OnSt(segment);
                break;
            case Se:
                OnSe(segment);
                break;
            case Ge:
                OnGe(segment);
                break;
            case Iea:
                OnIea(segment);
                break;
            default:
                if (_transaction is not null)
                {
                    if (_handlerActive)
                    {
                        _handler!.Segment(_context, segment);
                    }
                }
                else
                {
                    Report(X12IssueCodes.UnexpectedEnvelopeSegment, segment.ToString().Split((char)segment.Delimiters.Element)[0], null, "A segment appears outside any ST...SE transaction set.", "2");
                }

                break;
        }
    }

    private void EndOfInput(bool any)
    {
        _context.SegmentNumber = _reader.SegmentNumber + 1;
        switch (_reader.Error)
        {
            case X12ReaderError.MissingIsa:
                Report(X12IssueCodes.MissingIsa, null, null, "The input does not start with an ISA interchange header.");
                break;
            case X12ReaderError.MalformedIsa:
                Report(X12IssueCodes.MalformedIsa, "ISA", null, "The ISA segment is not 106 characters with its separators in the fixed positions.");
                break;
            case X12ReaderError.TruncatedSegment:
                Report(X12IssueCodes.TruncatedSegment, null, null, $"The input ends in the middle of a segment at byte {_reader.ErrorOffset} (no segment terminator).");
                break;
            case X12ReaderError.SegmentTooLong:
                Report(X12IssueCodes.SegmentTooLong, null, null, $"A segment at byte {_reader.ErrorOffset} is longer than {_reader.Options.MaxSegmentLength} bytes; reading stopped.");
                break;
            case X12ReaderError.TooManyElements:
                Report(X12IssueCodes.TooManyElements, null, null, $"A segment has more than {_reader.Options.MaxElements} elements; reading stopped.", "3");
                break;
            default:
                if (!any)
                {
                    Report(X12IssueCodes.EmptyInput, null, null, "The input holds no segments.");
                }

                break;
        }

        if (_transaction is not null)
        {
            Report(X12IssueCodes.MissingSe, "SE", null, $"Transaction set {_transaction.Header.ControlNumber} has no SE trailer.", "2");
            CloseTransaction(trailerMissing: true);
        }

        if (_group is not null)
        {
            Report(X12IssueCodes.MissingGe, "GE", null, $"Functional group {_group.Header.ControlNumber} has no GE trailer.");
            _group.TrailerMissing = true;
            _group = null;
        }

        if (_interchange is not null)
        {
            Report(X12IssueCodes.MissingIea, "IEA", null, $"Interchange {_interchange.ControlNumber} has no IEA trailer.");
            _interchange = null;
        }
    }

    private const int Isa = ('I' << 16) | ('S' << 8) | 'A';
    private const int Gs = ('G' << 8) | 'S';
    private const int St = ('S' << 8) | 'T';
    private const int Se = ('S' << 8) | 'E';
    private const int Ge = ('G' << 8) | 'E';
    private const int Iea = ('I' << 16) | ('E' << 8) | 'A';

    /// <summary>
    /// The segment identifier packed into an int (2-3 bytes), or 0 when it is not 2-3 upper-case
    /// letters or digits starting with a letter (X12.6 segment identifier syntax). One short scan per
    /// segment instead of a search for the separator and a comparison per envelope id.
    /// </summary>
    private static int IdKey(ReadOnlySpan<byte> span, byte elementSeparator)
    {
        if (span.Length < 2 || span[0] is < (byte)'A' or > (byte)'Z')
        {
            return 0;
        }

        var key = (int)span[0];
        var i = 1;
        for (; i < span.Length && i < 4; i++)
        {
            var b = span[i];
            if (b == elementSeparator)
            {
                break;
            }

            if (b is not (>= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'))
            {
                return 0;
            }

            key = (key << 8) | b;
        }

        return i is 2 or 3 && (i == span.Length || span[i] == elementSeparator) ? key : 0;
    }

    private void CheckRepetitions(X12SegmentView segment, int key)
    {
        var rep = segment.Delimiters.Repetition;
        var max = _reader.Options.MaxRepetitions;
        // A segment shorter than the limit cannot hold more separators than the limit.
        if (rep == 0 || key == Isa || segment.Span.Length <= max)
        {
            return;
        }

        if (segment.Span.Count(rep) > max)
        {
            Report(X12IssueCodes.TooManyRepetitions, IdString(segment), null, $"An element repeats more than {max} times.", "12");
        }
    }

    private void OnIsa(X12SegmentView segment)
    {
        if (_transaction is not null)
        {
            Report(X12IssueCodes.MissingSe, "SE", null, "A new interchange starts before the SE trailer of the open transaction set.", "2");
            CloseTransaction(trailerMissing: true);
        }

        if (_group is not null)
        {
            Report(X12IssueCodes.MissingGe, "GE", null, "A new interchange starts before the GE trailer of the open group.");
            _group.TrailerMissing = true;
            _group = null;
        }

        if (_interchange is not null)
        {
            Report(X12IssueCodes.MissingIea, "IEA", null, "A new interchange starts before the IEA trailer of the previous one.");
        }

        _interchange = X12InterchangeHeader.FromSegment(segment);
        Interchanges.Add(_interchange);
        _groupsInInterchange = 0;
        _isaSegmentNumber = _reader.SegmentNumber;
        if (!IsDigits(_interchange.ControlNumber, 9, 9))
        {
            Report(X12IssueCodes.InvalidIsaElement, "ISA", 13, "ISA13 interchange control number must be 9 digits.");
        }

        if (_interchange.UsageIndicator is not ("P" or "T" or "I"))
        {
            Report(X12IssueCodes.InvalidIsaElement, "ISA", 15, "ISA15 usage indicator must be P, T or I.");
        }

        if (_interchange.Version != "00501")
        {
            Report(X12IssueCodes.InvalidIsaElement, "ISA", 12, $"ISA12 is '{_interchange.Version}'; 5010 interchanges use 00501.");
        }
    }

    private void OnGs(X12SegmentView segment)
    {
        if (_interchange is null)
        {
            Report(X12IssueCodes.UnexpectedEnvelopeSegment, "GS", null, "GS appears outside an interchange.");
        }

        if (_transaction is not null)
        {
            Report(X12IssueCodes.MissingSe, "SE", null, "A new group starts before the SE trailer of the open transaction set.", "2");
            CloseTransaction(trailerMissing: true);
        }

        if (_group is not null)
        {
            Report(X12IssueCodes.MissingGe, "GE", null, "A new group starts before the GE trailer of the previous group.");
            _group.TrailerMissing = true;
        }

        _group = new GroupSummary { Header = X12GroupHeader.FromSegment(segment) };
        Groups.Add(_group);
        _groupsInInterchange++;
        _transactionsInGroup = 0;
        if (!IsDigits(_group.Header.ControlNumber, 1, 9))
        {
            Report(X12IssueCodes.InvalidIsaElement, "GS", 6, "GS06 group control number must be 1-9 digits.");
        }
    }

    private void OnSt(X12SegmentView segment)
    {
        if (_transaction is not null)
        {
            Report(X12IssueCodes.MissingSe, "SE", null, "A new transaction set starts before the SE trailer of the previous one.", "2");
            CloseTransaction(trailerMissing: true);
        }

        if (_group is null)
        {
            Report(X12IssueCodes.UnexpectedEnvelopeSegment, "ST", null, "ST appears outside a functional group.");
        }

        var interchange = _interchange ?? new X12InterchangeHeader { SenderId = string.Empty, ReceiverId = string.Empty, Date = string.Empty, Time = string.Empty, ControlNumber = string.Empty };
        var group = _group?.Header ?? new X12GroupHeader { FunctionalId = string.Empty, SenderCode = string.Empty, ReceiverCode = string.Empty, Date = string.Empty, Time = string.Empty, ControlNumber = string.Empty, Version = string.Empty };
        var header = new X12TransactionHeader(
            segment.GetString(1) ?? string.Empty,
            segment.GetString(2) ?? string.Empty,
            segment.GetString(3) ?? group.Version,
            interchange,
            group);
        _transaction = new TransactionSummary { Header = header };
        _group?.Transactions.Add(_transaction);
        _transactionsInGroup++;
        _segmentsInTransaction = 1;
        _context.Header = header;
        _context.PositionInTransaction = 1;
        _context.CurrentLoop = null;
        _context.HasErrors = false;
        _issueStart = _context.Issues.Count;
        if (!IsDigits(header.ControlNumber, 4, 9))
        {
            Report(X12IssueCodes.InvalidIsaElement, "ST", 2, "ST02 transaction set control number must be 4-9 characters.", "4");
        }

        _handlerActive = _handler is not null && _handler.BeginTransaction(_context);
    }

    private int _issueStart;

    private void OnSe(X12SegmentView segment)
    {
        if (_transaction is null)
        {
            Report(X12IssueCodes.UnexpectedEnvelopeSegment, "SE", null, "SE appears without a matching ST.");
            return;
        }

        _context.CurrentLoop = null;
        if (!segment.TryGetDecimal(1, out var count) || count != _segmentsInTransaction)
        {
            Report(X12IssueCodes.SeCountMismatch, "SE", 1, $"SE01 says {segment.GetString(1)} segments; the transaction set has {_segmentsInTransaction} (ST through SE).");
            _transaction.CountMismatch = true;
        }

        if (segment.GetString(2) != _transaction.Header.ControlNumber)
        {
            Report(X12IssueCodes.SeControlMismatch, "SE", 2, $"SE02 '{segment.GetString(2)}' does not match ST02 '{_transaction.Header.ControlNumber}'.");
            _transaction.ControlMismatch = true;
        }

        CloseTransaction(trailerMissing: false);
    }

    private void OnGe(X12SegmentView segment)
    {
        if (_transaction is not null)
        {
            Report(X12IssueCodes.MissingSe, "SE", null, "GE appears before the SE trailer of the open transaction set.", "2");
            CloseTransaction(trailerMissing: true);
        }

        if (_group is null)
        {
            Report(X12IssueCodes.UnexpectedEnvelopeSegment, "GE", null, "GE appears without a matching GS.");
            return;
        }

        if (!segment.TryGetDecimal(1, out var count) || count != _transactionsInGroup)
        {
            Report(X12IssueCodes.GeCountMismatch, "GE", 1, $"GE01 says {segment.GetString(1)} transaction sets; the group has {_transactionsInGroup}.");
            _group.CountMismatch = true;
        }

        if (segment.GetString(2) != _group.Header.ControlNumber)
        {
            Report(X12IssueCodes.GeControlMismatch, "GE", 2, $"GE02 '{segment.GetString(2)}' does not match GS06 '{_group.Header.ControlNumber}'.");
            _group.ControlMismatch = true;
        }

        _group = null;
    }

    private void OnIea(X12SegmentView segment)
    {
        if (_transaction is not null)
        {
            Report(X12IssueCodes.MissingSe, "SE", null, "IEA appears before the SE trailer of the open transaction set.", "2");
            CloseTransaction(trailerMissing: true);
        }

        if (_group is not null)
        {
            Report(X12IssueCodes.MissingGe, "GE", null, "IEA appears before the GE trailer of the open group.");
            _group.TrailerMissing = true;
            _group = null;
        }

        if (_interchange is null)
        {
            Report(X12IssueCodes.UnexpectedEnvelopeSegment, "IEA", null, "IEA appears without a matching ISA.");
            return;
        }

        if (!segment.TryGetDecimal(1, out var count) || count != _groupsInInterchange)
        {
            Report(X12IssueCodes.IeaCountMismatch, "IEA", 1, $"IEA01 says {segment.GetString(1)} groups; the interchange has {_groupsInInterchange} (ISA at segment {_isaSegmentNumber.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (segment.GetString(2) != _interchange.ControlNumber)
        {
            Report(X12IssueCodes.IeaControlMismatch, "IEA", 2, $"IEA02 '{segment.GetString(2)}' does not match ISA13 '{_interchange.ControlNumber}'.");
        }

        _interchange = null;
    }

    private void CloseTransaction(bool trailerMissing)
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.TrailerMissing |= trailerMissing;
        if (_handlerActive)
        {
            _handler!.EndTransaction(_context);
        }

        for (var i = _issueStart; i < _context.Issues.Count; i++)
        {
            _transaction.Issues.Add(_context.Issues[i]);
        }

        _handlerActive = false;
        _transaction = null;
        _context.Header = null;
        _context.CurrentLoop = null;
    }

    private void Report(string code, string? segmentId, int? element, string message, string? ackCode = null) =>
        _context.Report(code, X12IssueSeverity.Error, segmentId, element, null, message, ackCode);

    private static string IdString(X12SegmentView segment) => System.Text.Encoding.ASCII.GetString(segment.Id);

    private static bool IsDigits(string value, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return min != 9 || value.All(char.IsAsciiDigit);
    }
}
