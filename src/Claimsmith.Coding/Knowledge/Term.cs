using Claimsmith.CodeSets;

namespace Claimsmith.Coding.Knowledge;

/// <summary>A vocabulary term: the stems a sentence must contain, and the code it leads to.</summary>
/// <param name="Stems">Distinct stems, rarest first.</param>
/// <param name="Code">Dotless code (may be a non-billable category the engine refines).</param>
/// <param name="System">Code system.</param>
/// <param name="Source">Description, inclusion term, index term or synonym.</param>
/// <param name="Text">The term as written, for the rationale.</param>
/// <param name="Context">Stems of which at least one must also appear in the sentence (neoplasm table behaviour columns), or null.</param>
internal sealed record Term(string[] Stems, string Code, CodeSystem System, SuggestionSource Source, string Text, string[]? Context)
{
    /// <summary>The numbers (<see cref="Text.WordPool.StemId"/>) of <see cref="Stems"/>, in the same order.</summary>
    public int[] StemIds { get; init; } = [];

    /// <summary>The numbers of <see cref="Context"/>, or null.</summary>
    public int[]? ContextIds { get; init; }
}
