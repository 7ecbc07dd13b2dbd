using Claimsmith.X12.Issues;

namespace Claimsmith.X12.Remittance;

/// <summary>
/// The 835 balancing rules (X221A1 section 1.10.2.1): a line's charge minus its adjustments
/// equals its payment; a claim's charge minus claim and line adjustments equals its payment;
/// the check (BPR02) equals the claim payments minus provider-level adjustments.
/// </summary>
public static class RemittanceBalance
{
    /// <summary>Checks one remittance; each imbalance is an error located at its SVC, CLP or BPR.</summary>
    public static IReadOnlyList<X12Issue> Check(Remittance835 remittance)
    {
        ArgumentNullException.ThrowIfNull(remittance);
        var issues = new List<X12Issue>();
        var control = remittance.ControlNumber;
        foreach (var claim in remittance.Claims)
        {
            foreach (var line in claim.ServiceLines)
            {
                var expected = line.Charge - line.Adjustments.Sum(a => a.Amount);
                if (expected != line.Paid)
                {
                    issues.Add(Issue(X12IssueCodes.LineUnbalanced, line.SegmentNumber, "2110", "SVC", 3, control,
                        $"Line {line.Procedure?.Code}: charge {line.Charge} minus adjustments {line.Adjustments.Sum(a => a.Amount)} is {expected}, but the payment is {line.Paid}."));
                }
            }

            var adjustments = claim.AllAdjustments.Sum(a => a.Amount);
            if (claim.Charge - adjustments != claim.Paid)
            {
                issues.Add(Issue(X12IssueCodes.ClaimUnbalanced, claim.SegmentNumber, "2100", "CLP", 4, control,
                    $"Claim {claim.PatientControlNumber}: charge {claim.Charge} minus claim and line adjustments {adjustments} is {claim.Charge - adjustments}, but the payment is {claim.Paid}."));
            }
        }

        var computed = remittance.ComputedTotalPayment;
        if (computed != remittance.TotalPayment)
        {
            issues.Add(Issue(X12IssueCodes.CheckUnbalanced, remittance.SegmentNumber, "HEADER", "BPR", 2, control,
                $"BPR02 is {remittance.TotalPayment}, but claim payments minus provider adjustments come to {computed}."));
        }

        return issues;
    }

    private static X12Issue Issue(string code, long segment, string loop, string id, int element, string? control, string message) =>
        new(code, X12IssueSeverity.Error, segment, 0, loop, id, element, null, message) { TransactionControlNumber = control };
}
