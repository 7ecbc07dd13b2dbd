using Claimsmith.Billing;

namespace Claimsmith.Data;

/// <summary>One member of a 271 and the check it answered (null when no check has its trace number).</summary>
public sealed record EligibilityAnswer(EligibilityCheck? Check, EligibilityBenefits Benefits);
