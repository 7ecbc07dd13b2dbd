using Claimsmith.Billing;
using Claimsmith.X12.Common;
using Claimsmith.X12.Remittance;

namespace Claimsmith.Web.Fhir;

/// <summary>
/// A claim's adjudication as the ledger recorded it, in the shape of an 835 claim payment
/// (loop 2100), for the ExplanationOfBenefit: insurance payments, adjustments with their
/// group and CARC (<c>CO-45</c>), and what moved to the patient.
/// </summary>
internal static class LedgerAdjudication
{
    /// <summary>Null when the ledger holds no payer activity for the claim yet.</summary>
    public static ClaimPayment835? From(Claim claim, IReadOnlyList<LedgerEntry> entries)
    {
        var payerPaid = -entries.Where(e => e.Kind == LedgerEntryKind.Payment && e.Bucket == LedgerBucket.Insurance).Sum(e => e.Amount.Amount);
        var adjustments = entries.Where(e => e.Kind == LedgerEntryKind.Adjustment && e.ReasonCode is not null).ToList();
        if (payerPaid == 0 && adjustments.Count == 0 && claim.Status is not ClaimStatus.Denied)
        {
            return null;
        }

        var payment = new ClaimPayment835
        {
            PatientControlNumber = claim.ClaimNumber,
            StatusCode = claim.Status == ClaimStatus.Denied ? "4" : "1",
            Charge = claim.TotalCharge.Amount,
            Paid = payerPaid,
            PatientResponsibility = entries.Where(e => e.Kind == LedgerEntryKind.Transfer && e.Bucket == LedgerBucket.Patient).Sum(e => e.Amount.Amount) is var pr && pr > 0 ? pr : null,
            PayerClaimControlNumber = claim.PayerClaimControlNumber,
        };
        foreach (var a in adjustments)
        {
            var parts = a.ReasonCode!.Split('-', 2);
            payment.Adjustments.Add(parts.Length == 2 ? new Adjustment(parts[0], parts[1], -a.Amount.Amount) : new Adjustment("OA", a.ReasonCode, -a.Amount.Amount));
        }

        return payment;
    }
}
