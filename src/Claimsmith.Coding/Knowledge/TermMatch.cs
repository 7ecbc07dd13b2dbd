namespace Claimsmith.Coding.Knowledge;

/// <summary>A term found in a sentence.</summary>
/// <param name="Term">The term.</param>
/// <param name="Tokens">Token index in the note of each of the term's stems.</param>
/// <param name="Score">Sum of the stems' inverse term frequencies, less a penalty for scattered words.</param>
/// <param name="Assertion">The governing assertion of the matched words.</param>
/// <param name="Sentence">Sentence index.</param>
internal sealed record TermMatch(Term Term, int[] Tokens, float Score, Assertion Assertion, int Sentence);
