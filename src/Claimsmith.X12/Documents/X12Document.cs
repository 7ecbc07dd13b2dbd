using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Tokenizing;

namespace Claimsmith.X12.Documents;

/// <summary>
/// Any X12 input read generically: every transaction set as its segments, with envelope checks.
/// Use the typed readers for known transactions; this is for inspection and tooling.
/// </summary>
public sealed class X12Document
{
    /// <summary>The transaction sets in input order.</summary>
    public List<X12Transaction> Transactions { get; } = [];

    /// <summary>Reads an input held in memory.</summary>
    public static X12ReadResult<X12Document> Read(ReadOnlyMemory<byte> data, X12ReaderOptions? options = null)
    {
        using var reader = X12SegmentReader.Create(data, options);
        return Read(reader);
    }

    /// <summary>Reads a stream.</summary>
    public static X12ReadResult<X12Document> Read(Stream stream, X12ReaderOptions? options = null)
    {
        using var reader = X12SegmentReader.Create(stream, options);
        return Read(reader);
    }

    /// <summary>Checks only the envelopes (ISA/IEA, GS/GE, ST/SE counts and control numbers) while streaming; nothing is kept.</summary>
    public static IReadOnlyList<X12Issue> CheckEnvelopes(Stream stream, X12ReaderOptions? options = null)
    {
        using var reader = X12SegmentReader.Create(stream, options);
        var issues = new List<X12Issue>();
        new EnvelopeParser(reader, null, issues).Run();
        return issues;
    }

    private static X12ReadResult<X12Document> Read(X12SegmentReader reader)
    {
        var doc = new X12Document();
        var issues = new List<X12Issue>();
        new EnvelopeParser(reader, new Handler(doc), issues).Run();
        return new X12ReadResult<X12Document>(doc, issues);
    }

    private sealed class Handler(X12Document doc) : ITransactionHandler
    {
        private X12Transaction? _current;

        public bool BeginTransaction(TransactionContext context)
        {
            _current = new X12Transaction { Header = context.Header! };
            doc.Transactions.Add(_current);
            return true;
        }

        public void Segment(TransactionContext context, X12SegmentView segment) => _current!.Segments.Add(segment.ToSegment());

        public void EndTransaction(TransactionContext context) => _current = null;
    }
}
