namespace Claimsmith.CodeSets.Encoder;

/// <summary>Whether a code may be reported for a date of service.</summary>
public enum CodeStatus : byte
{
    /// <summary>The code exists and is valid for a claim on the date.</summary>
    Valid = 0,

    /// <summary>The code exists on the date but is a header (needs more characters), not billable.</summary>
    NotBillable = 1,

    /// <summary>The code was added after the date of service (not valid yet).</summary>
    NotYetEffective = 2,

    /// <summary>The code was deleted before the date of service; see the replacements.</summary>
    Deleted = 3,

    /// <summary>No such code in the imported editions.</summary>
    Unknown = 4,
}
