namespace Claimsmith.Billing;

/// <summary>
/// What an acknowledgement said about one thing we sent, before it is matched to our records:
/// a transaction set of an 837 (999: <paramref name="GroupControlNumber"/> and
/// <paramref name="TransactionControlNumber"/>) or a claim (277CA: <paramref name="ClaimNumber"/>).
/// </summary>
/// <param name="GroupControlNumber">999 AK102: GS06 of our 837.</param>
/// <param name="TransactionControlNumber">999 AK202: ST02 of our 837.</param>
/// <param name="ClaimNumber">277CA 2200D TRN02: our patient control number (CLM01).</param>
/// <param name="PayerClaimControlNumber">277CA 2200D REF*1K: the payer's claim control number.</param>
/// <param name="Verdict">Accepted, rejected or only received.</param>
/// <param name="Codes">The codes as sent.</param>
/// <param name="Explanation">The codes in words.</param>
public sealed record AcknowledgementItem(
    string? GroupControlNumber,
    string? TransactionControlNumber,
    string? ClaimNumber,
    string? PayerClaimControlNumber,
    AcknowledgementVerdict Verdict,
    string Codes,
    string Explanation)
{
    /// <summary>The reference as stored on an <see cref="AcknowledgementResult"/>.</summary>
    public string Reference => ClaimNumber ?? $"{GroupControlNumber}/{TransactionControlNumber}";
}
