namespace Claimsmith.Coding.EvaluationAndManagement;

/// <summary>The E/M level and why.</summary>
/// <param name="Code">CPT code (99202-99205, 99211-99215).</param>
/// <param name="Basis">Time, MDM or the minimal 99211.</param>
/// <param name="Mdm">The MDM level (computed even when time decided).</param>
/// <param name="ProblemsLevel">Level met by the problems element.</param>
/// <param name="DataLevel">Level met by the data element.</param>
/// <param name="RiskLevel">Level met by the risk element.</param>
/// <param name="Reasons">Plain-language reasons.</param>
public sealed record EmResult(string Code, EmBasis Basis, MdmLevel Mdm, MdmLevel ProblemsLevel, MdmLevel DataLevel, MdmLevel RiskLevel, IReadOnlyList<string> Reasons);
