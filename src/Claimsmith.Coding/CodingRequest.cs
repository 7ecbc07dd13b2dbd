namespace Claimsmith.Coding;

/// <summary>A note to code.</summary>
/// <param name="Text">The clinical note; evidence offsets point into this string.</param>
/// <param name="Setting">Outpatient or inpatient.</param>
/// <param name="DateOfService">Date of service; selects the code-set edition and validity.</param>
/// <param name="Age">Patient age in years, when known.</param>
/// <param name="Sex">Patient sex, when known.</param>
public sealed record CodingRequest(string Text, CareSetting Setting, DateOnly DateOfService, int? Age = null, PatientSex Sex = PatientSex.Unknown)
{
    /// <summary>Largest number of suggestions returned per code system (after ranking).</summary>
    public int MaxSuggestions { get; init; } = 30;

    /// <summary>
    /// When true (the default) suggestions below the learned acceptance threshold are left out;
    /// when false every ranked candidate up to <see cref="MaxSuggestions"/> is returned.
    /// </summary>
    public bool ApplyThreshold { get; init; } = true;

    /// <summary>
    /// Whether an inpatient note's ICD-10-PCS procedures are ranked (the default); a caller that
    /// wants diagnoses only saves the second ranking by setting it to false.
    /// </summary>
    public bool IncludeProcedures { get; init; } = true;

    /// <summary>Overrides the acceptance threshold (learned, or the knowledge default) when set.</summary>
    public double? Threshold { get; init; }
}
