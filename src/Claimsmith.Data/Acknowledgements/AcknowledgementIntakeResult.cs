using Claimsmith.Billing;

namespace Claimsmith.Data;

/// <summary>What applying an acknowledgement file did.</summary>
/// <param name="File">The stored file with its results (null when the file could not be read as a 999 or 277CA).</param>
/// <param name="AlreadyReceived">True when the same bytes were applied before: nothing changed this time.</param>
/// <param name="Issues">Problems reading the file (code, location, message).</param>
public sealed record AcknowledgementIntakeResult(AcknowledgementFile? File, bool AlreadyReceived, IReadOnlyList<BillingIssue> Issues)
{
    /// <summary>The results that changed a claim's status.</summary>
    public IEnumerable<AcknowledgementResult> Changes => File?.Results.Where(r => r.Changed) ?? [];
}
