using Claimsmith.X12.Issues;

namespace Claimsmith.X12.Validation;

/// <summary>
/// The result of validating a file, read like a 999: accepted, or rejected with each error
/// located (segment, loop, element, component).
/// </summary>
/// <param name="Issues">Every issue in input order.</param>
/// <param name="Groups">Per group and transaction set verdicts.</param>
public sealed record X12ValidationResult(IReadOnlyList<X12Issue> Issues, IReadOnlyList<GroupValidation> Groups)
{
    /// <summary>Whether the file is accepted: no error anywhere and at least one transaction set.</summary>
    public bool IsAccepted => !Issues.Any(i => i.Severity == X12IssueSeverity.Error) && Groups.Any(g => g.Transactions.Count > 0);

    /// <summary>The errors only.</summary>
    public IEnumerable<X12Issue> Errors => Issues.Where(i => i.Severity == X12IssueSeverity.Error);
}
