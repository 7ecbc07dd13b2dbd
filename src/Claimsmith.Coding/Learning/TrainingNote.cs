namespace Claimsmith.Coding.Learning;

/// <summary>A coded note to learn from.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Text">Note text.</param>
/// <param name="Diagnoses">Gold ICD-10-CM codes (any case, with or without dots).</param>
/// <param name="Procedures">Gold ICD-10-PCS codes.</param>
public sealed record TrainingNote(string Id, string Text, IReadOnlyList<string> Diagnoses, IReadOnlyList<string> Procedures);
