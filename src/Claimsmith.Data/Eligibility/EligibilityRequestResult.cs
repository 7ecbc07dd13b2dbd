using Claimsmith.Billing;

namespace Claimsmith.Data;

/// <summary>A recorded eligibility check with its 270, or why none was made.</summary>
/// <param name="Check">The stored check; null when refused.</param>
/// <param name="Request">The 270 interchange.</param>
/// <param name="SentAs">The name the clearinghouse connection delivered it under, when one was used.</param>
/// <param name="Issues">Why the check was refused (code, location, message).</param>
public sealed record EligibilityRequestResult(EligibilityCheck? Check, byte[]? Request, string? SentAs, IReadOnlyList<BillingIssue> Issues);
