namespace Claimsmith.Coding;

/// <summary>Why a code was suggested.</summary>
/// <param name="MatchedTerm">The vocabulary term that matched (description, inclusion/index term, synonym).</param>
/// <param name="Source">Where the term came from.</param>
/// <param name="Path">The tabular path (category, subcategory, code) or index path that leads to the code.</param>
/// <param name="Guidelines">Guideline rules applied on the way (e.g. "I.C.4.a: diabetes with CKD combination code").</param>
public sealed record SuggestionRationale(string MatchedTerm, SuggestionSource Source, string Path, IReadOnlyList<string> Guidelines);
