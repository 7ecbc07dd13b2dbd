using Claimsmith.Billing;

namespace Claimsmith.Interop.Hl7;

/// <summary>The records read from one message and the issues found mapping it.</summary>
public sealed class Hl7MappingResult
{
    internal Hl7MappingResult(RecordBatch records, IReadOnlyList<InteropIssue> issues)
    {
        Records = records;
        Issues = issues;
    }

    public RecordBatch Records { get; }

    public IReadOnlyList<InteropIssue> Issues { get; }
}
