using System.Globalization;
using Claimsmith.X12.Common;
using Claimsmith.X12.Envelope;
using Claimsmith.X12.Remittance;

namespace Claimsmith.Billing;

/// <summary>
/// Builds 835 remittances for Claimsmith claims the way a payer would answer them (CLP01 = our
/// CLM01, REF*6R = our line control numbers): for demonstrations, tests and benchmarks. Amounts are
/// kept balanced unless the caller changes them afterwards.
/// </summary>
public static class PayerSimulator
{
    /// <summary>
    /// A claim payment for <paramref name="claim"/>: each line's adjustments come from
    /// <paramref name="adjust"/> and its payment is the charge minus them (835 line balancing).
    /// </summary>
    public static ClaimPayment835 Pay(Claim claim, Func<ClaimLine, IReadOnlyList<Adjustment>> adjust, string status = "1", string? payerClaimNumber = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(adjust);
        var payment = new ClaimPayment835
        {
            HeaderNumber = 1,
            PatientControlNumber = claim.ClaimNumber,
            StatusCode = status,
            FilingIndicator = claim.Payer.ClaimFilingIndicator,
            PayerClaimControlNumber = payerClaimNumber ?? "PCN" + claim.ClaimNumber,
        };
        foreach (var line in claim.Lines.OrderBy(l => l.LineNumber))
        {
            var adjustments = adjust(line);
            var svc = new ServicePayment835
            {
                Procedure = line.ProcedureCode is { } code ? X12.Claims.ProcedureCode.Hcpcs(code.Value, [.. line.Modifiers().Select(m => m.Value)]) : null,
                Charge = line.Charge.Amount,
                Paid = line.Charge.Amount - adjustments.Sum(a => a.Amount),
                UnitsPaid = line.Units,
            };
            svc.Dates.Add(new DateReference("472", "D8", line.ServiceFrom.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));
            svc.Adjustments.AddRange(adjustments);
            svc.References.Add(new Reference("6R", line.LineControlNumber));
            svc.Amounts.Add(new Amount("B6", line.Charge.Amount - adjustments.Where(a => a.Group != "PR").Sum(a => a.Amount)));
            payment.ServiceLines.Add(svc);
        }

        payment.Charge = payment.ServiceLines.Sum(l => l.Charge);
        payment.Paid = payment.ServiceLines.Sum(l => l.Paid);
        payment.PatientResponsibility = payment.ServiceLines.SelectMany(l => l.Adjustments).Where(a => a.Group == "PR").Sum(a => a.Amount);
        return payment;
    }

    /// <summary>The reversal (CLP02 22) of an earlier claim payment: the same claim with every amount negated (835 guide 1.10.2.8).</summary>
    public static ClaimPayment835 Reverse(ClaimPayment835 original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var reversal = new ClaimPayment835
        {
            HeaderNumber = original.HeaderNumber,
            PatientControlNumber = original.PatientControlNumber,
            StatusCode = "22",
            Charge = -original.Charge,
            Paid = -original.Paid,
            PatientResponsibility = -original.PatientResponsibility,
            FilingIndicator = original.FilingIndicator,
            PayerClaimControlNumber = original.PayerClaimControlNumber,
        };
        reversal.Adjustments.AddRange(original.Adjustments.Select(a => a with { Amount = -a.Amount }));
        foreach (var l in original.ServiceLines)
        {
            var svc = new ServicePayment835 { Procedure = l.Procedure, Charge = -l.Charge, Paid = -l.Paid, UnitsPaid = -l.UnitsPaid };
            svc.Dates.AddRange(l.Dates);
            svc.Adjustments.AddRange(l.Adjustments.Select(a => a with { Amount = -a.Amount }));
            svc.References.AddRange(l.References);
            reversal.ServiceLines.Add(svc);
        }

        return reversal;
    }

    /// <summary>A remittance paying <paramref name="claims"/> less <paramref name="providerAdjustments"/>; BPR02 balances.</summary>
    public static Remittance835 Remittance(string trace, IEnumerable<ClaimPayment835> claims, IEnumerable<ProviderAdjustment835>? providerAdjustments = null,
        string payerTaxId = "1999999999", DateOnly? paymentDate = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var r = new Remittance835
        {
            TransactionHandlingCode = "I",
            PaymentMethod = "CHK",
            PaymentDate = paymentDate ?? new DateOnly(2026, 3, 2),
            TraceNumber = trace,
            OriginatingCompanyId = payerTaxId,
            Payer = new Party835 { EntityCode = "PR", Name = "SYNTHETIC MUTUAL" },
            Payee = new Party835 { EntityCode = "PE", Name = "SYNTHETIC CLINIC", IdQualifier = "XX", Id = "1234567893" },
        };
        r.Headers.Add(new ClaimHeader835 { Number = 1 });
        r.Claims.AddRange(claims);
        r.ProviderAdjustments.AddRange(providerAdjustments ?? []);
        r.TotalPayment = r.ComputedTotalPayment;
        if (r.TotalPayment < 0)
        {
            r.CreditDebitFlag = "D";
        }

        return r;
    }

    /// <summary>The remittances as one 835 file (ISA/GS/ST..SE).</summary>
    public static byte[] ToBytes(params Remittance835[] remittances)
    {
        var isa = new X12InterchangeHeader { SenderId = "PAYER", ReceiverId = "CLAIMSMITH", Date = "260302", Time = "1200", ControlNumber = "1" };
        var gs = new X12GroupHeader { FunctionalId = "HP", SenderCode = "PAYER", ReceiverCode = "CLAIMSMITH", Date = "20260302", Time = "1200", ControlNumber = "1", Version = "005010X221A1" };
        return Remittance835Writer.ToBytes(isa, gs, remittances);
    }
}
