namespace Claimsmith.CodeSets.Encoder;

/// <summary>An instructional note that applies to a code.</summary>
/// <param name="Kind">Which kind of note.</param>
/// <param name="Text">The note as printed in the Tabular List.</param>
/// <param name="Source">The code, section or chapter the note is written under (the code itself when it is its own).</param>
/// <param name="Character">The 7th character for <see cref="NoteKind.SeventhCharacter"/> notes, otherwise null.</param>
public sealed record CodeNote(NoteKind Kind, string Text, string Source, char? Character = null)
{
    private IReadOnlyList<CodeReference>? _references;

    /// <summary>The codes and ranges the note cites (for Excludes1 checks and sequencing).</summary>
    public IReadOnlyList<CodeReference> References => _references ??= CodeReference.Parse(Text);
}
