namespace Claimsmith.Coding.Decisions;

/// <summary>A coder's decision on one suggestion of one document.</summary>
/// <param name="DocumentId">The coded document (or encounter document).</param>
/// <param name="SuggestedCode">The suggested code (dotless); for <see cref="DecisionKind.Added"/> empty.</param>
/// <param name="Kind">Accepted, rejected, changed or added.</param>
/// <param name="FinalCode">The code reported: the suggestion when accepted, the replacement when changed, the added code; null when rejected.</param>
/// <param name="Coder">Who decided.</param>
/// <param name="DecidedAt">When.</param>
public sealed record CoderDecision(string DocumentId, string SuggestedCode, DecisionKind Kind, string? FinalCode, string Coder, DateTimeOffset DecidedAt)
{
    /// <summary>Accepted suggestion.</summary>
    public static CoderDecision Accept(string documentId, string code, string coder, DateTimeOffset at) => new(documentId, code, DecisionKind.Accepted, code, coder, at);

    /// <summary>Rejected suggestion.</summary>
    public static CoderDecision Reject(string documentId, string code, string coder, DateTimeOffset at) => new(documentId, code, DecisionKind.Rejected, null, coder, at);

    /// <summary>Suggestion changed to <paramref name="replacement"/>.</summary>
    public static CoderDecision Change(string documentId, string code, string replacement, string coder, DateTimeOffset at) => new(documentId, code, DecisionKind.Changed, replacement, coder, at);

    /// <summary>Code added by the coder without a suggestion.</summary>
    public static CoderDecision Add(string documentId, string code, string coder, DateTimeOffset at) => new(documentId, "", DecisionKind.Added, code, coder, at);
}
