namespace Claimsmith.Billing;

/// <summary>A remittance in plain words: the payment, each claim, the PLB adjustments, and whether its numbers balance.</summary>
/// <param name="Payer">Payer name (N1*PR).</param>
/// <param name="PayerKey">Payer key (TRN03, REF*2U or N104).</param>
/// <param name="TraceNumber">TRN02.</param>
/// <param name="PaymentAmount">BPR02.</param>
/// <param name="PaymentDate">BPR16.</param>
/// <param name="Balanced">True when the check and every claim balance.</param>
/// <param name="Issues">What does not balance.</param>
/// <param name="Claims">Per claim.</param>
/// <param name="ProviderAdjustments">PLB adjustments in words.</param>
public sealed record RemittanceExplanation(
    string? Payer,
    string PayerKey,
    string TraceNumber,
    decimal PaymentAmount,
    DateOnly? PaymentDate,
    bool Balanced,
    IReadOnlyList<string> Issues,
    IReadOnlyList<ClaimExplanation> Claims,
    IReadOnlyList<AmountReason> ProviderAdjustments);

/// <summary>One claim payment in plain words.</summary>
/// <param name="ClaimNumber">CLP01.</param>
/// <param name="Status">CLP02 in words.</param>
/// <param name="PayerClaimControlNumber">CLP07.</param>
/// <param name="Charge">CLP03.</param>
/// <param name="Paid">CLP04.</param>
/// <param name="PatientOwes">Total of group PR.</param>
/// <param name="WrittenOff">Total of CO, OA, PI and CR that are not denials.</param>
/// <param name="Denied">Total of denial adjustments.</param>
/// <param name="Balanced">CLP03 - CAS = CLP04 and every line balances.</param>
/// <param name="Summary">One sentence.</param>
/// <param name="PatientReasons">Why the patient owes.</param>
/// <param name="WriteOffReasons">Why amounts were written off.</param>
/// <param name="DeniedLines">Denied or reduced lines with reasons and category.</param>
/// <param name="CrossoverTo">Payer the claim was forwarded to (NM1*TT), if any.</param>
public sealed record ClaimExplanation(
    string ClaimNumber,
    string Status,
    string? PayerClaimControlNumber,
    decimal Charge,
    decimal Paid,
    decimal PatientOwes,
    decimal WrittenOff,
    decimal Denied,
    bool Balanced,
    string Summary,
    IReadOnlyList<AmountReason> PatientReasons,
    IReadOnlyList<AmountReason> WriteOffReasons,
    IReadOnlyList<DeniedLine> DeniedLines,
    string? CrossoverTo);

/// <summary>An amount with its code and the reason in words.</summary>
/// <param name="Code">e.g. <c>PR-2</c>.</param>
/// <param name="Amount">Dollars.</param>
/// <param name="Reason">In words (the CARC description when imported).</param>
/// <param name="Line">1-based service line, or null at claim level.</param>
public sealed record AmountReason(string Code, decimal Amount, string Reason, int? Line);

/// <summary>A denied (or reduced) amount on a line or the claim.</summary>
/// <param name="Line">1-based service line, or null at claim level.</param>
/// <param name="ProcedureCode">SVC01-2.</param>
/// <param name="Amount">Denied amount.</param>
/// <param name="Code">Group and CARC.</param>
/// <param name="Reason">CARC in words.</param>
/// <param name="Remarks">RARC codes with their words.</param>
/// <param name="Category">Denial category.</param>
/// <param name="Action">Recommended action.</param>
public sealed record DeniedLine(int? Line, string? ProcedureCode, decimal Amount, string Code, string Reason, IReadOnlyList<string> Remarks, DenialCategory Category, string Action);
