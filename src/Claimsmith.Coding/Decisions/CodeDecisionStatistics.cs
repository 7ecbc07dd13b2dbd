namespace Claimsmith.Coding.Decisions;

/// <summary>How the suggestions of one code fared with the coders.</summary>
/// <param name="Code">The code.</param>
/// <param name="Suggested">Times suggested (accepted + rejected + changed).</param>
/// <param name="Accepted">Times accepted as suggested.</param>
/// <param name="Reported">Times the code was finally reported (accepted, a change to it, or added).</param>
/// <param name="AcceptanceRate">Accepted / Suggested (NaN when never suggested).</param>
/// <param name="Precision">Share of its suggestions that were right: Accepted / Suggested (NaN when never suggested).</param>
/// <param name="Recall">Share of its reportings that were suggested: Accepted / Reported (NaN when never reported).</param>
public sealed record CodeDecisionStatistics(string Code, int Suggested, int Accepted, int Reported, double AcceptanceRate, double Precision, double Recall);
