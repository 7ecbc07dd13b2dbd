using Claimsmith.Coding.Decisions;

namespace Claimsmith.Billing;

/// <summary>
/// A coder's decision on a suggested code (accepted, rejected, changed to another code) or a code
/// the coder added that was not suggested, with who and when. Rows are only ever added: a second
/// decision on the same suggestion supersedes the first (<see cref="DecisionMetrics"/> keeps the latest).
/// </summary>
public sealed class CodingDecision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SetId { get; set; }
    /// <summary>The suggestion decided on; null for an added code.</summary>
    public Guid? SuggestionId { get; set; }
    public Guid DocumentId { get; set; }
    /// <summary>The suggested code (dotless); empty for an added code.</summary>
    public string SuggestedCode { get; set; } = "";
    public DecisionKind Kind { get; set; }
    /// <summary>The code reported: the suggestion when accepted, the replacement when changed, the added code; null when rejected.</summary>
    public string? FinalCode { get; set; }
    public required string Coder { get; set; }
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The decision as <see cref="DecisionMetrics"/> reads it.</summary>
    public CoderDecision ToCoderDecision() => new(DocumentId.ToString("N"), SuggestedCode, Kind, FinalCode, Coder, DecidedAt);
}
