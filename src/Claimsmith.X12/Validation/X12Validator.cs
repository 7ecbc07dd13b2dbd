using Claimsmith.X12.Claims;
using Claimsmith.X12.Internal;
using Claimsmith.X12.Issues;
using Claimsmith.X12.Remittance;
using Claimsmith.X12.Tokenizing;
using Claimsmith.X12.Validation.Guides;
using Claimsmith.X12.Validation.Schema;

namespace Claimsmith.X12.Validation;

/// <summary>
/// Validates X12 input against the implementation guides Claimsmith has tables for: 837P
/// (005010X222A1), 837I (005010X223A2) and 835 (005010X221A1), plus envelopes for everything.
/// Checks loop and segment order, required/situational segments and elements, repeats, element
/// types and lengths, listed code values, HL links, and the cross-field rules (NPI, charges,
/// frequency codes, diagnosis families, ZIP, real dates; 835 balancing). Streams: memory is
/// flat in the file size. Never throws for bad input.
/// </summary>
public static class X12Validator
{
    /// <summary>Validates an input held in memory.</summary>
    public static X12ValidationResult Validate(ReadOnlyMemory<byte> data, X12ValidationOptions? options = null)
    {
        options ??= X12ValidationOptions.Default;
        using var reader = X12SegmentReader.Create(data, options.Reader);
        return Validate(reader, options);
    }

    /// <summary>Validates a stream of any size.</summary>
    public static X12ValidationResult Validate(Stream stream, X12ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= X12ValidationOptions.Default;
        using var reader = X12SegmentReader.Create(stream, options.Reader);
        return Validate(reader, options);
    }

    private static X12ValidationResult Validate(X12SegmentReader reader, X12ValidationOptions options)
    {
        var issues = new List<X12Issue>();
        var handler = new Handler(options);
        var parser = new EnvelopeParser(reader, handler, issues);
        handler.Context = null;
        parser.Run();
        var groups = parser.Groups.Select(g => new GroupValidation(
            g.Header,
            g.Transactions.Select(t => new TransactionValidation(t.Header, handler.GuideNames.GetValueOrDefault(t.Header), t.Issues)
            {
                TrailerMissing = t.TrailerMissing,
                CountMismatch = t.CountMismatch,
                ControlMismatch = t.ControlMismatch,
            }).ToList())
        {
            TrailerMissing = g.TrailerMissing,
            CountMismatch = g.CountMismatch,
            ControlMismatch = g.ControlMismatch,
        }).ToList();
        return new X12ValidationResult(issues.Count > options.MaxIssues ? issues.GetRange(0, options.MaxIssues) : issues, groups);
    }

    internal static TransactionSchema? SchemaFor(string transactionSetId, string implementationReference) => transactionSetId switch
    {
        "837" when implementationReference.Contains("X222", StringComparison.Ordinal) => Guide837P.Schema,
        "837" when implementationReference.Contains("X223", StringComparison.Ordinal) => Guide837I.Schema,
        "835" => Guide835.Schema,
        _ => null,
    };

    private sealed class Handler(X12ValidationOptions options) : ITransactionHandler
    {
        private StructureWalker? _walker;
        private ClaimRules? _rules;
        private Remittance835Reader.Handler? _remittance;
        private TransactionContext? _remittanceContext;

        public TransactionContext? Context { get; set; }

        public Dictionary<Envelope.X12TransactionHeader, string> GuideNames { get; } = [];

        public bool BeginTransaction(TransactionContext context)
        {
            context.MaxIssues = options.MaxIssues;
            var header = context.Header!;
            var schema = SchemaFor(header.TransactionSetId, header.ImplementationReference);
            _walker = null;
            _rules = null;
            _remittance = null;
            if (schema is null)
            {
                context.Report(X12IssueCodes.UnsupportedTransaction, X12IssueSeverity.Warning, "ST", 1, null,
                    $"No implementation guide tables for {header.TransactionSetId} {header.ImplementationReference}; only the envelope was checked.");
                return false;
            }

            GuideNames[header] = schema.Name;
            _walker = new StructureWalker(schema, options);
            if (schema.TransactionSetId == "837")
            {
                _rules = new ClaimRules(schema.ImplementationReference.Contains("X222", StringComparison.Ordinal) ? ClaimKind.Professional : ClaimKind.Institutional, options);
            }
            else
            {
                // The 835 reader computes the balancing rules; its placement issues duplicate the walker's and are dropped.
                _remittanceContext = new TransactionContext([]) { Header = header };
                _remittance = new Remittance835Reader.Handler(_ => { });
                _remittance.BeginTransaction(_remittanceContext);
            }

            return true;
        }

        public void Segment(TransactionContext context, X12SegmentView segment)
        {
            var s = segment.ToSegment();
            _walker!.Segment(context, s);
            _rules?.Segment(context, s, _walker.CurrentLoop);
            if (_remittance is not null)
            {
                _remittanceContext!.SegmentNumber = context.SegmentNumber;
                _remittanceContext.PositionInTransaction = context.PositionInTransaction;
                _remittance.Segment(_remittanceContext, segment);
            }
        }

        public void EndTransaction(TransactionContext context)
        {
            _walker?.End(context);
            _rules?.End(context);
            if (_remittance is not null)
            {
                var before = _remittanceContext!.Issues.Count;
                _remittance.EndTransaction(_remittanceContext);
                for (var i = before; i < _remittanceContext.Issues.Count; i++)
                {
                    var issue = _remittanceContext.Issues[i];
                    if (issue.Code.StartsWith("X12-835-", StringComparison.Ordinal) && context.Issues.Count < context.MaxIssues)
                    {
                        context.Issues.Add(issue);
                        context.HasErrors = true;
                    }
                }
            }
        }
    }
}
