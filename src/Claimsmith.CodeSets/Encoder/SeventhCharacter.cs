namespace Claimsmith.CodeSets.Encoder;

/// <summary>A valid 7th character of a code (guideline I.B.3; placeholder X fills empty positions).</summary>
/// <param name="Character">The character, e.g. <c>A</c>.</param>
/// <param name="Meaning">What it means, e.g. "initial encounter for closed fracture".</param>
public sealed record SeventhCharacter(char Character, string Meaning);
