namespace Claimsmith.CodeSets.Encoder;

/// <summary>One ranked search result.</summary>
/// <param name="System">The code system.</param>
/// <param name="Code">The code as printed.</param>
/// <param name="Description">Its title.</param>
/// <param name="IsBillable">True when billable in the newest edition.</param>
/// <param name="Score">Rank score (higher first; comparable within one search only).</param>
/// <param name="MatchedBy">What matched: <c>code</c>, <c>title</c> or the index (<c>index</c>, <c>drug</c>, <c>neoplasm</c>, <c>external-cause</c>).</param>
/// <param name="MatchedText">The index term that matched, when the match came from the index.</param>
public sealed record SearchHit(CodeSystem System, string Code, string? Description, bool IsBillable, double Score, string MatchedBy, string? MatchedText);
