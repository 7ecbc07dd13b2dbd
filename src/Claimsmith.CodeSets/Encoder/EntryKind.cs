namespace Claimsmith.CodeSets.Encoder;

/// <summary>What an entry of a code set is.</summary>
public enum EntryKind : byte
{
    /// <summary>A chapter of the ICD-10-CM Tabular List.</summary>
    Chapter = 0,

    /// <summary>A section (block of categories) of the ICD-10-CM Tabular List.</summary>
    Section = 1,

    /// <summary>A code: a header (category, subcategory, PCS table) or a billable code.</summary>
    Code = 2,
}
