namespace Claimsmith.Edits.Claims;

/// <summary>The patient's sex as reported on the claim (837 DMG03: F, M, U).</summary>
public enum PatientSex : byte
{
    /// <summary>Not reported or unknown (U): sex edits do not fire.</summary>
    Unknown = 0,

    /// <summary>Female (F).</summary>
    Female = 1,

    /// <summary>Male (M).</summary>
    Male = 2,
}
