using Claimsmith.Billing;
using Claimsmith.CodeSets;
using Claimsmith.Coding;
using Claimsmith.Coding.Decisions;
using Claimsmith.Coding.EvaluationAndManagement;

namespace Claimsmith.Web.Coding;

/// <summary>A note to code: text, setting (default outpatient), date of service, optional age and sex; an office visit may ask for its E/M level.</summary>
internal sealed record SuggestRequest(string? Text, CareSetting? Setting, DateOnly? DateOfService, int? Age, PatientSex? Sex, OfficeVisitRequest? OfficeVisit, bool? All, int? MaxSuggestions);

/// <summary>
/// What the E/M level of an office visit (2021 rules) rests on besides the note: new or established
/// patient, and the MDM elements the coder read; total time is read from the note when not given.
/// </summary>
internal sealed record OfficeVisitRequest(bool? NewPatient, int? TotalMinutes, EmProblems? Problems, EmData? Data, MdmLevel? Risk);

/// <summary>The suggestions for a note, and the E/M level when an office visit documents time or MDM.</summary>
internal sealed record SuggestResponse(
    IReadOnlyList<CodeSuggestion> Diagnoses, IReadOnlyList<CodeSuggestion> Procedures, IReadOnlyList<ExcludedFinding> Excluded,
    IReadOnlyList<CodingIssue> Issues, bool UsedLearnedModel, EmResult? Em);

/// <summary>Code an encounter's documents; the setting defaults from the encounter (inpatient bill types 11x, 18x, 21x).</summary>
internal sealed record EncounterSuggestRequest(CareSetting? Setting, bool? All);

/// <summary>A stored suggestion set with its suggestions and the decisions taken on them so far.</summary>
internal sealed record SuggestionSetResponse(
    Guid Id, Guid EncounterId, CareSetting Setting, DateOnly DateOfService, bool UsedLearnedModel, DateTimeOffset CreatedAt, string CreatedBy,
    IReadOnlyList<SuggestionResponse> Suggestions, IReadOnlyList<CodingDecision> Decisions)
{
    public static SuggestionSetResponse From(SuggestionSet set) => new(
        set.Id, set.EncounterId, set.Setting, set.DateOfService, set.UsedLearnedModel, set.CreatedAt, set.CreatedBy,
        set.Suggestions.OrderBy(s => s.DocumentId).ThenBy(s => s.System).ThenBy(s => s.Rank).Select(SuggestionResponse.From).ToList(),
        set.Decisions.OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToList());
}

/// <summary>One suggested code of a document, with its evidence (offsets into the document text) and rationale.</summary>
internal sealed record SuggestionResponse(
    Guid Id, Guid DocumentId, CodeSystem System, string Code, string DisplayCode, string? Description, double Score, int Rank, int Sequence,
    IReadOnlyList<EvidenceSpan> Evidence, SuggestionRationale Rationale)
{
    public static SuggestionResponse From(SuggestedCode s) => new(
        s.Id, s.DocumentId, s.System, s.Code, s.DisplayCode, s.Description, s.Score, s.Rank, s.Sequence,
        s.Evidence.OrderBy(e => e.Start).ThenBy(e => e.Length).Select(e => new EvidenceSpan(e.Start, e.Length, e.Text)).ToList(),
        new SuggestionRationale(s.MatchedTerm, s.Source, s.Path, s.Guidelines.Length == 0 ? [] : s.Guidelines.Split('\n')));
}

/// <summary>Decisions on suggestions of one set.</summary>
internal sealed record DecisionsRequest(IReadOnlyList<DecisionRequest>? Decisions);

/// <summary>
/// Accepted, Rejected or Changed (with <c>code</c>, the replacement) for <c>suggestionId</c>; or Added
/// with <c>code</c> (and <c>documentId</c> when the encounter has several documents) for a code the engine missed.
/// </summary>
internal sealed record DecisionRequest(Guid? SuggestionId, DecisionKind? Kind, string? Code, Guid? DocumentId);

/// <summary>Acceptance rate, precision and recall overall and per code (null where a ratio has no denominator).</summary>
internal sealed record DecisionStatsResponse(int Decisions, CodeStats Overall, IReadOnlyList<CodeStats> Codes);

/// <summary>How the suggestions of one code (or all codes) fared.</summary>
internal sealed record CodeStats(string Code, int Suggested, int Accepted, int Reported, double? AcceptanceRate, double? Precision, double? Recall)
{
    public static CodeStats From(CodeDecisionStatistics s) =>
        new(s.Code, s.Suggested, s.Accepted, s.Reported, Finite(s.AcceptanceRate), Finite(s.Precision), Finite(s.Recall));

    public static double? Finite(double value) => double.IsFinite(value) ? Math.Round(value, 4) : null;
}
