namespace Claimsmith.CodeSets.Encoder;

/// <summary>Which part of the ICD-10-CM index a term comes from.</summary>
public enum IndexSource : byte
{
    /// <summary>The Alphabetic Index to Diseases and Injuries.</summary>
    AlphabeticIndex = 0,

    /// <summary>The External Cause of Injuries Index.</summary>
    ExternalCause = 1,

    /// <summary>The Table of Drugs and Chemicals.</summary>
    DrugTable = 2,

    /// <summary>The Neoplasm Table.</summary>
    NeoplasmTable = 3,
}
