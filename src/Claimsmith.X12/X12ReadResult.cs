using Claimsmith.X12.Issues;

namespace Claimsmith.X12;

/// <summary>What a reader returns: the value read so far (possibly partial) and every issue found.</summary>
/// <typeparam name="T">The value read.</typeparam>
/// <param name="Value">The (possibly partial) value.</param>
/// <param name="Issues">Issues in input order.</param>
public sealed record X12ReadResult<T>(T Value, IReadOnlyList<X12Issue> Issues)
{
    /// <summary>Whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == X12IssueSeverity.Error);
}
