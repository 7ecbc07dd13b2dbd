namespace Claimsmith.Coding;

/// <summary>A code the note mentions but the guidelines say not to report as a current condition.</summary>
/// <param name="Code">The code the words would have led to.</param>
/// <param name="Reason">Negated, family history, historical, hypothetical or uncertain (outpatient).</param>
/// <param name="Evidence">Where in the note.</param>
/// <param name="Guideline">The rule (section of the ICD-10-CM guidelines).</param>
public sealed record ExcludedFinding(string Code, Assertion Reason, EvidenceSpan Evidence, string Guideline);
