namespace Claimsmith.Billing;

/// <summary>
/// One 835 transaction set turned into what posting stores: the payment record, its claim
/// payments (each already marked <see cref="AdjudicationState.Exception"/> when its own numbers do
/// not balance) and the file-level issues (then nothing of it may post).
/// </summary>
/// <param name="Advice">The payment (BPR/TRN) with its PLB adjustments.</param>
/// <param name="Claims">The claim payments in file order.</param>
/// <param name="FileIssues">Issues that stop the whole remittance (check does not balance, no trace number).</param>
public sealed record RemittanceRead(RemittanceAdvice Advice, IReadOnlyList<ClaimAdjudication> Claims, IReadOnlyList<BillingIssue> FileIssues)
{
    /// <summary>True when the remittance may post (claims with their own exceptions wait, the rest post).</summary>
    public bool IsBalanced => FileIssues.Count == 0;
}
