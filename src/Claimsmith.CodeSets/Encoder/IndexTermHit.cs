namespace Claimsmith.CodeSets.Encoder;

/// <summary>An index entry pointing at a code.</summary>
/// <param name="Source">Alphabetic Index, External Cause Index, Drug Table or Neoplasm Table.</param>
/// <param name="Text">The term's path (main term, subterms; table column in parentheses).</param>
/// <param name="Code">The code as printed in the index (may be incomplete, e.g. <c>C79.8-</c>).</param>
public sealed record IndexTermHit(IndexSource Source, string Text, string Code);
