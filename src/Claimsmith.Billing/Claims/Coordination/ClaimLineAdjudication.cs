namespace Claimsmith.Billing;

/// <summary>How a prior payer adjudicated a claim line, as a secondary claim reports it (837 loop 2430).</summary>
/// <param name="PayerIdentifier">SVD01: the prior payer's id, the same as its 2330B NM109.</param>
/// <param name="Paid">SVD02 line paid amount.</param>
/// <param name="PaidUnits">SVD05 paid units.</param>
/// <param name="AdjudicationDate">DTP*573.</param>
/// <param name="Adjustments">CAS line adjustments.</param>
/// <param name="RemainingPatientLiability">AMT*EAF: the PR adjustments of the line.</param>
public sealed record ClaimLineAdjudication(string PayerIdentifier, Money Paid, decimal PaidUnits, DateOnly AdjudicationDate, IReadOnlyList<OtherPayerAdjustment> Adjustments, Money RemainingPatientLiability);
