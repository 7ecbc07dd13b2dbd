namespace Claimsmith.CodeSets.Encoder;

/// <summary>The instructional notes of the ICD-10-CM Tabular List (Official Guidelines I.A.12-I.A.13, I.B.7).</summary>
public enum NoteKind : byte
{
    /// <summary>An inclusion term: a condition coded here (synonyms, "NOS" terms).</summary>
    InclusionTerm = 0,

    /// <summary>"Includes": further defines the content of the category.</summary>
    Includes = 1,

    /// <summary>"Excludes1": never coded together with this code (guideline I.A.12.a).</summary>
    Excludes1 = 2,

    /// <summary>"Excludes2": not included here, may be coded together (guideline I.A.12.b).</summary>
    Excludes2 = 3,

    /// <summary>"Code first": the underlying condition is sequenced first (guideline I.A.13).</summary>
    CodeFirst = 4,

    /// <summary>"Use additional code": a further code is added after this one (guideline I.A.13).</summary>
    UseAdditionalCode = 5,

    /// <summary>"Code also": two codes may be needed, sequence by circumstances (guideline I.A.17).</summary>
    CodeAlso = 6,

    /// <summary>A general note.</summary>
    Note = 7,

    /// <summary>The note that a 7th character is required (guideline I.B.3).</summary>
    SeventhCharacterNote = 8,

    /// <summary>A 7th-character definition: <see cref="CodeNote.Character"/> and its meaning.</summary>
    SeventhCharacter = 9,
}
