using System.Globalization;
using Claimsmith.Billing;
using Claimsmith.X12.Common;
using Claimsmith.X12.Remittance;

namespace Claimsmith.Web.Fhir;

/// <summary>
/// A claim's adjudication as the payer stated it in a posted 835 (the stored
/// <see cref="ClaimAdjudication"/> with its service lines and CAS adjustments), rebuilt in the
/// shape of an 835 claim payment (loop 2100 with its 2110 lines) for the ExplanationOfBenefit:
/// charge, payment, patient responsibility, CLP07, each line's allowed amount (AMT*B6), CARC by
/// group (CAS) and RARC (LQ*HE). The ledger is not read: it records what Claimsmith posted, not
/// what the payer said.
/// </summary>
internal static class StoredAdjudication
{
    /// <summary>
    /// The adjudication in force for the claim: the latest posted payment or denial (one the payer
    /// reversed is <see cref="AdjudicationState.Reversed"/>, not posted); when only a reversal is
    /// left, that reversal (the EOB is then cancelled). Null when no 835 for the claim was posted.
    /// </summary>
    public static ClaimAdjudication? InForce(IEnumerable<ClaimAdjudication> adjudications)
    {
        ArgumentNullException.ThrowIfNull(adjudications);
        var posted = adjudications.Where(a => a.State == AdjudicationState.Posted)
            .OrderByDescending(a => a.PostedAt).ThenByDescending(a => a.Sequence).ToList();
        return posted.FirstOrDefault(a => !a.IsReversal) ?? posted.FirstOrDefault();
    }

    /// <summary>The claim payment <paramref name="a"/> recorded.</summary>
    public static ClaimPayment835 ToPayment(ClaimAdjudication a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var payment = new ClaimPayment835
        {
            PatientControlNumber = a.PatientControlNumber,
            StatusCode = a.StatusCode,
            Charge = a.Charge.Amount,
            Paid = a.Paid.Amount,
            PatientResponsibility = a.PatientResponsibility?.Amount,
            FilingIndicator = a.FilingIndicator,
            PayerClaimControlNumber = a.PayerClaimControlNumber,
        };
        payment.Adjustments.AddRange(a.ClaimAdjustments.Select(ToAdjustment));
        foreach (var line in a.Lines.OrderBy(l => l.Sequence))
        {
            var svc = new ServicePayment835
            {
                Procedure = line.ProcedureCode is { } code ? X12.Claims.ProcedureCode.Hcpcs(code, [.. Split(line.Modifiers)]) : null,
                RevenueCode = line.RevenueCode,
                Charge = line.Charge.Amount,
                Paid = line.Paid.Amount,
                UnitsPaid = line.Units,
            };
            if (line.ServiceDate is { } date)
            {
                svc.Dates.Add(new DateReference("472", "D8", date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));
            }

            if (line.LineControlNumber is { } control)
            {
                svc.References.Add(new Reference("6R", control));
            }

            if (line.Allowed is { } allowed)
            {
                svc.Amounts.Add(new Amount("B6", allowed.Amount));
            }

            svc.Adjustments.AddRange(a.AdjustmentsOf(line).Select(ToAdjustment));
            // LQ*HE: remittance advice remark codes (RARC) of the line.
            svc.Remarks.AddRange(line.Remarks.Select(r => new RemarkCode("HE", r)));
            payment.ServiceLines.Add(svc);
        }

        return payment;
    }

    private static Adjustment ToAdjustment(AdjudicationAdjustment x) => new(x.Group, x.Reason, x.Amount.Amount, x.Quantity);

    private static string[] Split(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
