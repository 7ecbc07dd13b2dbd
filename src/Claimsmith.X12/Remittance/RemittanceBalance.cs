using Claimsmith.X12.Common;
using Claimsmith.X12.Internal;
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
        List<X12Issue>? issues = null;
        var control = remittance.ControlNumber;
        // Plain loops over the lists: this runs on every remittance read, so no enumerator or LINQ allocations.
        decimal claimPayments = 0;
        foreach (var claim in remittance.Claims)
        {
            claimPayments += claim.Paid;
            var adjustments = Sum(ref claim.AdjustmentItems);
            if (claim.ServiceLinesOrNull is { } lines)
            {
                foreach (var line in lines)
                {
                    var lineAdjustments = Sum(ref line.AdjustmentItems);
                    adjustments += lineAdjustments;
                    var expected = line.Charge - lineAdjustments;
                    if (expected != line.Paid)
                    {
                        (issues ??= []).Add(Issue(X12IssueCodes.LineUnbalanced, line.SegmentNumber, "2110", "SVC", 3, control,
                            $"Line {line.Procedure?.Code}: charge {line.Charge} minus adjustments {lineAdjustments} is {expected}, but the payment is {line.Paid}."));
                    }
                }
            }

            if (claim.Charge - adjustments != claim.Paid)
            {
                (issues ??= []).Add(Issue(X12IssueCodes.ClaimUnbalanced, claim.SegmentNumber, "2100", "CLP", 4, control,
                    $"Claim {claim.PatientControlNumber}: charge {claim.Charge} minus claim and line adjustments {adjustments} is {claim.Charge - adjustments}, but the payment is {claim.Paid}."));
            }
        }

        decimal providerAdjustments = 0;
        foreach (var p in remittance.ProviderAdjustments)
        {
            providerAdjustments += p.Amount;
        }

        var computed = claimPayments - providerAdjustments;
        if (computed != remittance.TotalPayment)
        {
            (issues ??= []).Add(Issue(X12IssueCodes.CheckUnbalanced, remittance.SegmentNumber, "HEADER", "BPR", 2, control,
                $"BPR02 is {remittance.TotalPayment}, but claim payments minus provider adjustments come to {computed}."));
        }

        return (IReadOnlyList<X12Issue>?)issues ?? [];
    }

    private static decimal Sum(ref OneOrMany<Adjustment> adjustments)
    {
        decimal sum = 0;
        for (var i = 0; i < adjustments.Count; i++)
        {
            sum += adjustments[i].Amount;
        }

        return sum;
    }

    private static X12Issue Issue(string code, long segment, string loop, string id, int element, string? control, string message) =>
        new(code, X12IssueSeverity.Error, segment, 0, loop, id, element, null, message) { TransactionControlNumber = control };
}
