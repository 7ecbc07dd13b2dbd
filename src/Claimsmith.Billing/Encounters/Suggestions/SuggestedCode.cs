using Claimsmith.CodeSets;
using Claimsmith.Coding;

namespace Claimsmith.Billing;

/// <summary>A code suggested for one clinical document, as the engine gave it (see <see cref="CodeSuggestion"/>).</summary>
public sealed class SuggestedCode
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SetId { get; set; }
    /// <summary>The clinical document the evidence offsets point into.</summary>
    public Guid DocumentId { get; set; }
    public CodeSystem System { get; set; }
    /// <summary>The code without dot (<c>E1122</c>).</summary>
    public required string Code { get; set; }
    /// <summary>The code as printed (<c>E11.22</c>).</summary>
    public required string DisplayCode { get; set; }
    public string? Description { get; set; }
    /// <summary>Confidence between 0 and 1.</summary>
    public double Score { get; set; }
    /// <summary>1-based position in the document's ranked list of its code system.</summary>
    public int Rank { get; set; }
    /// <summary>Reporting sequence after code-first/use-additional rules (1 = first).</summary>
    public int Sequence { get; set; }
    public string MatchedTerm { get; set; } = "";
    public SuggestionSource Source { get; set; }
    /// <summary>Tabular or index path to the code.</summary>
    public string Path { get; set; } = "";
    /// <summary>Guideline rules applied, one per line.</summary>
    public string Guidelines { get; set; } = "";
    public List<SuggestedEvidence> Evidence { get; set; } = [];

    /// <summary>A stored suggestion from the engine's output for <paramref name="documentId"/>.</summary>
    public static SuggestedCode From(CodeSuggestion s, Guid setId, Guid documentId, int rank)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SuggestedCode
        {
            SetId = setId,
            DocumentId = documentId,
            System = s.System,
            Code = s.Code,
            DisplayCode = s.DisplayCode,
            Description = s.Description,
            Score = s.Score,
            Rank = rank,
            Sequence = s.Sequence,
            MatchedTerm = s.Rationale.MatchedTerm,
            Source = s.Rationale.Source,
            Path = s.Rationale.Path,
            Guidelines = string.Join('\n', s.Rationale.Guidelines),
            Evidence = s.Evidence.Select(e => new SuggestedEvidence { Start = e.Start, Length = e.Length, Text = e.Text }).ToList(),
        };
    }
}
