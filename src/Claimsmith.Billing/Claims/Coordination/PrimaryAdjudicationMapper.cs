using Claimsmith.X12.Remittance;
using XCommon = Claimsmith.X12.Common;

namespace Claimsmith.Billing;

/// <summary>Turns an 835 claim payment (<see cref="ClaimPayment835"/>) into a <see cref="PrimaryAdjudication"/>.</summary>
public static class PrimaryAdjudicationMapper
{
    /// <summary>
    /// Maps <paramref name="payment"/>. Lines are named by REF*6R when the payer echoed it, else
    /// by their order (line number). The date is DTM*573 of the claim when present, else
    /// <paramref name="paidDate"/> (the 835's BPR16).
    /// </summary>
    public static PrimaryAdjudication FromClaimPayment(ClaimPayment835 payment, DateOnly paidDate, string? payerName = null, string? payerIdentifier = null)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var lines = new List<PrimaryLineAdjudication>();
        var number = 0;
        foreach (var svc in payment.ServiceLines)
        {
            number++;
            lines.Add(new PrimaryLineAdjudication
            {
                LineControlNumber = svc.LineItemControlNumber,
                LineNumber = svc.LineItemControlNumber is null ? number : null,
                Paid = Cash(svc.Paid),
                PaidUnits = svc.UnitsPaid,
                Adjustments = svc.Adjustments.Select(ToAdjustment).ToList(),
            });
        }

        var date = payment.Dates.Find(d => d.Qualifier == "573")?.Date ?? paidDate;
        return new PrimaryAdjudication
        {
            PayerName = payerName,
            PayerIdentifier = payerIdentifier,
            PayerClaimControlNumber = payment.PayerClaimControlNumber,
            PaidDate = date,
            Paid = Cash(payment.Paid),
            ClaimAdjustments = payment.Adjustments.Select(ToAdjustment).ToList(),
            Lines = lines,
        };
    }

    /// <summary>Maps the claim payment for <paramref name="claimNumber"/> in <paramref name="remittance"/>, using its BPR16 date and payer; null when absent.</summary>
    public static PrimaryAdjudication? FromRemittance(Remittance835 remittance, string claimNumber)
    {
        ArgumentNullException.ThrowIfNull(remittance);
        // The last CLP for the claim that is not a reversal is the payer's current adjudication.
        var payment = remittance.Claims.LastOrDefault(c => c.PatientControlNumber == claimNumber && !c.IsReversal);
        if (payment is null)
        {
            return null;
        }

        var date = remittance.PaymentDate ?? remittance.Dates.Find(d => d.Qualifier == "405")?.Date ?? DateOnly.MinValue;
        return FromClaimPayment(payment, date, remittance.Payer.Name, remittance.Payer.Id ?? remittance.Payer.References.Find(r => r.Qualifier == "2U")?.Value);
    }

    private static OtherPayerAdjustment ToAdjustment(XCommon.Adjustment a) => new(a.Group, a.ReasonCode, Cash(a.Amount), a.Quantity);

    // Amounts in a file are untrusted: X12 R elements may carry more than two decimals.
    private static Money Cash(decimal amount) => Money.Of(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));
}
