using Claimsmith.CodeSets;

namespace Claimsmith.Coding;

/// <summary>One suggested code.</summary>
/// <param name="System">ICD-10-CM or ICD-10-PCS.</param>
/// <param name="Code">The code without dot, upper case (<c>E1122</c>).</param>
/// <param name="DisplayCode">The code as printed (<c>E11.22</c>).</param>
/// <param name="Description">The long description on the date of service.</param>
/// <param name="Score">Confidence between 0 and 1 (a probability when a learned model is loaded).</param>
/// <param name="Evidence">Spans of the note supporting the code (may be empty for purely learned suggestions).</param>
/// <param name="Rationale">Term, path and guidelines.</param>
/// <param name="Sequence">Position in the reporting order (1 = first), after code-first/use-additional rules.</param>
public sealed record CodeSuggestion(
    CodeSystem System,
    string Code,
    string DisplayCode,
    string? Description,
    double Score,
    IReadOnlyList<EvidenceSpan> Evidence,
    SuggestionRationale Rationale,
    int Sequence);
