namespace Claimsmith.Coding;

/// <summary>The patient's sex, used for sex-specific code edits.</summary>
public enum PatientSex
{
    /// <summary>Not given.</summary>
    Unknown = 0,

    /// <summary>Female.</summary>
    Female = 1,

    /// <summary>Male.</summary>
    Male = 2,
}
