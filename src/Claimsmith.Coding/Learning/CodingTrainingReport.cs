namespace Claimsmith.Coding.Learning;

/// <summary>What training did.</summary>
/// <param name="Notes">Training notes.</param>
/// <param name="DiagnosisRows">Cross-fitted candidate rows for the diagnosis ranker.</param>
/// <param name="DiagnosisCandidateRecall">Share of gold diagnoses among the candidates.</param>
/// <param name="DiagnosisThreshold">Chosen probability threshold.</param>
/// <param name="DiagnosisHeldOutF1">F1 at that threshold over the out-of-fold predictions.</param>
/// <param name="ProcedureRows">Rows for the procedure ranker.</param>
/// <param name="ProcedureCandidateRecall">Share of gold procedures among the candidates.</param>
/// <param name="ProcedureThreshold">Chosen probability threshold.</param>
/// <param name="ProcedureHeldOutF1">F1 at that threshold over the out-of-fold predictions.</param>
public sealed record CodingTrainingReport(
    int Notes,
    int DiagnosisRows,
    double DiagnosisCandidateRecall,
    double DiagnosisThreshold,
    double DiagnosisHeldOutF1,
    int ProcedureRows,
    double ProcedureCandidateRecall,
    double ProcedureThreshold,
    double ProcedureHeldOutF1)
{
    /// <summary>MAP at the chosen threshold over the out-of-fold diagnosis predictions.</summary>
    public double DiagnosisHeldOutMap { get; init; }

    /// <summary>MAP at the chosen threshold over the out-of-fold procedure predictions.</summary>
    public double ProcedureHeldOutMap { get; init; }
}
