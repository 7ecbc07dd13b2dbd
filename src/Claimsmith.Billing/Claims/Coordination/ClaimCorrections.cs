namespace Claimsmith.Billing;

/// <summary>
/// Fix and resubmit after adjudication: a replacement claim (frequency 7) or a void (frequency 8)
/// of an adjudicated claim, sent with the payer's claim control number in REF*F8 (837 2300
/// REF*F8 "Payer Claim Control Number", required when CLM05-3 is 7 or 8). The original claim is
/// kept unchanged; both claims' histories name each other.
/// </summary>
public static class ClaimCorrections
{
    /// <summary>A draft replacement (frequency 7) of <paramref name="original"/>, to be edited and submitted.</summary>
    public static ClaimBuildResult Correct(Claim original, string claimNumber, string actor, TimeProvider clock, string? reason = null) =>
        Build(original, ClaimFrequency.Replacement, claimNumber, actor, clock, reason);

    /// <summary>A void (frequency 8) of <paramref name="original"/>, ready to submit.</summary>
    public static ClaimBuildResult Void(Claim original, string claimNumber, string actor, TimeProvider clock, string? reason = null) =>
        Build(original, ClaimFrequency.Void, claimNumber, actor, clock, reason);

    private static ClaimBuildResult Build(Claim original, ClaimFrequency frequency, string claimNumber, string actor, TimeProvider clock, string? reason)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(clock);
        var issues = new List<BillingIssue>();
        if (original.Status is ClaimStatus.Draft or ClaimStatus.Ready or ClaimStatus.Submitted or ClaimStatus.Rejected or ClaimStatus.Voided)
        {
            // Before adjudication a claim is fixed in place (a rejected claim goes back to draft).
            issues.Add(new BillingIssue("claim.correct.status", "claim", $"A {original.Status} claim has not been adjudicated: fix it in place instead."));
        }

        if (original.Frequency == ClaimFrequency.Void)
        {
            issues.Add(new BillingIssue("claim.correct.void", "claim", "A void claim cannot be corrected or voided again."));
        }

        if (original.PayerClaimControlNumber is not { Length: > 0 })
        {
            issues.Add(new BillingIssue("claim.correct.reference", "payerClaimControlNumber", "The payer's claim control number (835 CLP07) is not recorded; it is required in REF*F8."));
        }

        if (issues.Count > 0)
        {
            return new ClaimBuildResult(null, issues);
        }

        var now = clock.GetUtcNow();
        var claim = ClaimCopier.Copy(original, claimNumber, actor, now);
        claim.Frequency = frequency;
        claim.OriginalReferenceNumber = original.PayerClaimControlNumber;
        var what = frequency == ClaimFrequency.Void ? "Void" : "Corrected claim";
        var why = string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}";
        claim.History.Add(new ClaimStatusChange
        {
            ClaimId = claim.Id,
            From = null,
            To = ClaimStatus.Draft,
            At = now,
            By = actor,
            Note = $"{what} of claim {original.ClaimNumber} (payer claim {original.PayerClaimControlNumber}){why}",
        });
        original.RecordEvent(actor, clock, $"{(frequency == ClaimFrequency.Void ? "Voided by" : "Replaced by")} claim {claimNumber} (frequency {(int)frequency}){why}");
        return new ClaimBuildResult(claim, []);
    }
}
