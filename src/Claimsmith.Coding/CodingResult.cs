namespace Claimsmith.Coding;

/// <summary>Everything a client needs to show suggestions for a note.</summary>
/// <param name="Diagnoses">ICD-10-CM suggestions, best first (the order is the reporting sequence for the accepted ones).</param>
/// <param name="Procedures">ICD-10-PCS suggestions (inpatient only), best first.</param>
/// <param name="Excluded">Findings deliberately not coded, with the rule.</param>
/// <param name="Issues">Problems met (empty note, no snapshot edition for the date, ...).</param>
/// <param name="UsedLearnedModel">Whether a learned ranking model took part.</param>
public sealed record CodingResult(
    IReadOnlyList<CodeSuggestion> Diagnoses,
    IReadOnlyList<CodeSuggestion> Procedures,
    IReadOnlyList<ExcludedFinding> Excluded,
    IReadOnlyList<CodingIssue> Issues,
    bool UsedLearnedModel);
