using Claimsmith.Coding;

namespace Claimsmith.Billing;

/// <summary>
/// One run of computer-assisted coding over an encounter's clinical documents: the codes
/// suggested for each document (with evidence and rationale) and the coders' decisions on them.
/// </summary>
public sealed class SuggestionSet
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EncounterId { get; set; }
    /// <summary>The setting the notes were coded for (uncertain diagnoses are coded only for inpatients, guideline II.H vs IV.H).</summary>
    public CareSetting Setting { get; set; }
    public DateOnly DateOfService { get; set; }
    /// <summary>Whether the learned ranking models took part.</summary>
    public bool UsedLearnedModel { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<SuggestedCode> Suggestions { get; set; } = [];
    public List<CodingDecision> Decisions { get; set; } = [];
}
