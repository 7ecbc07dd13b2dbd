using Claimsmith.X12.Envelope;
using Claimsmith.X12.Issues;

namespace Claimsmith.X12.Internal;

/// <summary>The position and issue sink shared by the envelope parser and the transaction handlers.</summary>
internal sealed class TransactionContext
{
    public TransactionContext(List<X12Issue> issues) => Issues = issues;

    public List<X12Issue> Issues { get; }

    public X12TransactionHeader? Header { get; set; }

    public long SegmentNumber { get; set; }

    public int PositionInTransaction { get; set; }

    public string? CurrentLoop { get; set; }

    public bool HasErrors { get; set; }

    /// <summary>Issues beyond this count are dropped (a broken file can produce one per segment).</summary>
    public int MaxIssues { get; set; } = int.MaxValue;

    public X12Issue Report(string code, X12IssueSeverity severity, string? segmentId, int? element, int? component, string message, string? ackCode = null, string? loop = null) =>
        ReportAt(SegmentNumber, Header is null ? 0 : PositionInTransaction, code, severity, segmentId, element, component, message, ackCode, loop);

    public X12Issue ReportAt(long segmentNumber, int position, string code, X12IssueSeverity severity, string? segmentId, int? element, int? component, string message, string? ackCode = null, string? loop = null)
    {
        var issue = new X12Issue(code, severity, segmentNumber, position, loop ?? CurrentLoop, segmentId, element, component, message)
        {
            TransactionControlNumber = Header?.ControlNumber,
            AckErrorCode = ackCode,
        };
        if (Issues.Count < MaxIssues)
        {
            Issues.Add(issue);
        }
        if (severity == X12IssueSeverity.Error)
        {
            HasErrors = true;
        }

        return issue;
    }
}
