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

    public X12Issue Report(string code, X12IssueSeverity severity, string? segmentId, int? element, int? component, string message, string? ackCode = null, string? loop = null)
    {
        var issue = new X12Issue(code, severity, SegmentNumber, Header is null ? 0 : PositionInTransaction, loop ?? CurrentLoop, segmentId, element, component, message)
        {
            TransactionControlNumber = Header?.ControlNumber,
            AckErrorCode = ackCode,
        };
        Issues.Add(issue);
        if (severity == X12IssueSeverity.Error)
        {
            HasErrors = true;
        }

        return issue;
    }
}
