namespace Claimsmith.Coding;

/// <summary>Where a suggestion's vocabulary came from.</summary>
public enum SuggestionSource
{
    /// <summary>A tabular code description.</summary>
    TabularDescription = 0,

    /// <summary>A tabular inclusion term.</summary>
    InclusionTerm = 1,

    /// <summary>An Alphabetic Index, Neoplasm Table or Drug Table entry.</summary>
    IndexTerm = 2,

    /// <summary>Claimsmith's clinical synonym and abbreviation list.</summary>
    Synonym = 3,

    /// <summary>A guideline rule that combined or replaced other findings.</summary>
    GuidelineRule = 4,

    /// <summary>Learned from coded training notes (similar notes or phrase/code association).</summary>
    Learned = 5,
}
