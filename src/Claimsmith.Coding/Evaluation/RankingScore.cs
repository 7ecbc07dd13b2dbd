namespace Claimsmith.Coding.Evaluation;

/// <summary>CodiEsp-style scores.</summary>
/// <param name="Documents">Gold documents scored.</param>
/// <param name="MeanAveragePrecision">Mean over gold documents of average precision (precision at each hit, divided by the number of gold codes).</param>
/// <param name="Precision">Micro precision over all predicted codes of gold documents.</param>
/// <param name="Recall">Micro recall.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
public sealed record RankingScore(int Documents, double MeanAveragePrecision, double Precision, double Recall, double F1);
