using Claimsmith.Billing;

namespace Claimsmith.Data.Remittance;

/// <summary>What posting (or previewing) one 835 file did, per remittance (BPR/TRN) in it.</summary>
/// <param name="FileSha256">SHA-256 of the file.</param>
/// <param name="Remittances">Per remittance.</param>
/// <param name="ReadIssues">X12 errors that made the file unreadable (then nothing posted).</param>
public sealed record RemittanceFileResult(string FileSha256, IReadOnlyList<RemittanceOutcome> Remittances, IReadOnlyList<string> ReadIssues)
{
    /// <summary>Claim payments posted by this call.</summary>
    public int PostedClaims => Remittances.Sum(r => r.Claims.Count(c => c.Outcome == ClaimOutcome.Posted));

    /// <summary>True when anything waits in the exceptions queue or the file was rejected.</summary>
    public bool HasExceptions => ReadIssues.Count > 0 || Remittances.Any(r => r.Rejected is not null || r.Claims.Any(c => c.Outcome == ClaimOutcome.Exception));
}

/// <summary>One remittance of a file.</summary>
/// <param name="RemittanceId">The stored <see cref="RemittanceAdvice"/>, or null when rejected or previewed.</param>
/// <param name="PayerKey">Payer key.</param>
/// <param name="TraceNumber">TRN02.</param>
/// <param name="PaymentAmount">BPR02.</param>
/// <param name="AlreadyPosted">The same payer and trace number was posted before: nothing changed.</param>
/// <param name="Rejected">Why the whole remittance was not posted (does not balance), or null.</param>
/// <param name="Claims">Per claim payment.</param>
/// <param name="Explanation">In plain words.</param>
public sealed record RemittanceOutcome(Guid? RemittanceId, string PayerKey, string TraceNumber, decimal PaymentAmount, bool AlreadyPosted, string? Rejected,
    IReadOnlyList<ClaimOutcomeLine> Claims, RemittanceExplanation Explanation);

/// <summary>One claim payment's outcome.</summary>
/// <param name="Sequence">0-based position in the remittance.</param>
/// <param name="ClaimNumber">CLP01.</param>
/// <param name="Outcome">Posted, exception, or already posted.</param>
/// <param name="Status">The claim's status afterwards (or that it would get).</param>
/// <param name="ExceptionCode">Stable code when an exception.</param>
/// <param name="Message">Plain words.</param>
public sealed record ClaimOutcomeLine(int Sequence, string ClaimNumber, ClaimOutcome Outcome, ClaimStatus? Status, string? ExceptionCode, string? Message);

/// <summary>What happened to a claim payment.</summary>
public enum ClaimOutcome
{
    /// <summary>On the ledger (or would be, in a preview).</summary>
    Posted = 0,
    /// <summary>In the exceptions queue.</summary>
    Exception = 1,
    /// <summary>Posted by an earlier run.</summary>
    AlreadyPosted = 2,
    /// <summary>Not posted because its remittance was rejected.</summary>
    NotPosted = 3,
}
