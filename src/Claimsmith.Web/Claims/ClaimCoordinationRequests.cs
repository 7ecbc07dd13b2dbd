using Claimsmith.Billing;

namespace Claimsmith.Web.Claims;

/// <summary>One adjustment by the prior payer (group code, CARC, amount, units).</summary>
internal sealed record AdjustmentInput(string? Group, string? ReasonCode, decimal? Amount, decimal? Quantity);

/// <summary>How the prior payer paid one line (named by id, REF*6R control number or line number).</summary>
internal sealed record LineAdjudicationInput(Guid? ClaimLineId, string? LineControlNumber, int? LineNumber, decimal? Paid, decimal? PaidUnits, IReadOnlyList<AdjustmentInput>? Adjustments);

/// <summary>How the prior payer adjudicated the claim.</summary>
internal sealed record AdjudicationInput(
    string? PayerName, string? PayerIdentifier, string? PayerClaimControlNumber, DateOnly? PaidDate, decimal? Paid,
    IReadOnlyList<AdjustmentInput>? ClaimAdjustments, IReadOnlyList<LineAdjudicationInput>? Lines);

/// <summary>
/// Build the next payer's claim. Give the prior payer's adjudication either as
/// <see cref="Adjudication"/> or as the 835 that paid it (<see cref="Remittance835"/>, X12 text).
/// The coverage defaults to the patient's next coverage in order that is in effect.
/// </summary>
internal sealed record SecondaryClaimHttpRequest(Guid? CoverageId, AdjudicationInput? Adjudication, string? Remittance835);

/// <summary>Why a corrected or void claim is made (kept in both claims' history).</summary>
internal sealed record CorrectionRequest(string? Reason);
