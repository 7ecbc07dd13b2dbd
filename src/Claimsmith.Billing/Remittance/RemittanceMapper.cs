using Claimsmith.X12.Common;
using Claimsmith.X12.Remittance;

namespace Claimsmith.Billing;

/// <summary>
/// Maps a read 835 (<see cref="Remittance835"/>) to the records posting stores and checks the
/// balancing rules of the 835 guide (005010X221A1 section 1.10.2.1): per line SVC02 - line CAS =
/// SVC03, per claim CLP03 - claim and line CAS = CLP04, per check BPR02 = sum of CLP04 - sum of PLB.
/// </summary>
public static class RemittanceMapper
{
    /// <summary>Issue code: BPR02 is not the claim payments minus provider adjustments; the file posts nothing.</summary>
    public const string CheckUnbalanced = "remit.checkUnbalanced";
    /// <summary>Issue code: the remittance has no TRN02, so it cannot be posted idempotently.</summary>
    public const string NoTrace = "remit.noTrace";
    /// <summary>Exception code: a claim's CLP03 - adjustments is not CLP04.</summary>
    public const string ClaimUnbalanced = "remit.claimUnbalanced";
    /// <summary>Exception code: a line's SVC02 - adjustments is not SVC03.</summary>
    public const string LineUnbalanced = "remit.lineUnbalanced";

    /// <summary>Maps one remittance. <paramref name="fileSha256"/> names the file it came from.</summary>
    public static RemittanceRead Map(Remittance835 remittance, string fileSha256, DateTimeOffset receivedAt, string receivedBy)
    {
        ArgumentNullException.ThrowIfNull(remittance);
        var advice = new RemittanceAdvice
        {
            PayerKey = PayerKeyOf(remittance),
            PayerName = remittance.Payer.Name,
            TraceNumber = remittance.TraceNumber ?? "",
            PaymentAmount = ToMoney(remittance.TotalPayment),
            PaymentMethod = remittance.PaymentMethod,
            PaymentDate = remittance.PaymentDate,
            FileSha256 = fileSha256,
            ControlNumber = remittance.ControlNumber,
            ClaimCount = remittance.Claims.Count,
            ReceivedAt = receivedAt,
            ReceivedBy = receivedBy,
        };
        foreach (var p in remittance.ProviderAdjustments)
        {
            advice.ProviderAdjustments.Add(new ProviderLevelAdjustment
            {
                RemittanceId = advice.Id,
                ProviderIdentifier = p.ProviderId,
                ReasonCode = p.ReasonCode,
                Reference = p.ReferenceId,
                Amount = ToMoney(p.Amount),
            });
        }

        var issues = new List<BillingIssue>();
        if (string.IsNullOrWhiteSpace(remittance.TraceNumber))
        {
            issues.Add(new BillingIssue(NoTrace, "TRN02", "The remittance has no trace number (TRN02); it cannot be posted exactly once."));
        }

        var claims = new List<ClaimAdjudication>(remittance.Claims.Count);
        for (var i = 0; i < remittance.Claims.Count; i++)
        {
            claims.Add(MapClaim(remittance.Claims[i], advice.Id, i));
        }

        var computed = Money.Sum(claims.Select(c => c.Paid)) - Money.Sum(advice.ProviderAdjustments.Select(p => p.Amount));
        if (computed != advice.PaymentAmount)
        {
            issues.Add(new BillingIssue(CheckUnbalanced, "BPR02",
                $"BPR02 is {advice.PaymentAmount}, but the claim payments minus provider-level adjustments come to {computed}."));
        }

        return new RemittanceRead(advice, claims, issues);
    }

    /// <summary>The payer key of a remittance: TRN03, else REF*2U, else N1*PR N104, else its name.</summary>
    public static string PayerKeyOf(Remittance835 remittance)
    {
        ArgumentNullException.ThrowIfNull(remittance);
        return remittance.OriginatingCompanyId
            ?? remittance.Payer.References.Find(r => r.Qualifier == "2U")?.Value
            ?? remittance.Payer.Id
            ?? remittance.Payer.Name
            ?? "";
    }

    private static ClaimAdjudication MapClaim(ClaimPayment835 c, Guid remittanceId, int sequence)
    {
        var a = new ClaimAdjudication
        {
            RemittanceId = remittanceId,
            Sequence = sequence,
            PatientControlNumber = c.PatientControlNumber,
            StatusCode = c.StatusCode,
            Charge = ToMoney(c.Charge),
            Paid = ToMoney(c.Paid),
            PatientResponsibility = c.PatientResponsibility is { } pr ? ToMoney(pr) : null,
            FilingIndicator = c.FilingIndicator,
            PayerClaimControlNumber = c.PayerClaimControlNumber,
        };
        var crossover = c.Names.Find(n => n.EntityCode == "TT");
        a.CrossoverPayerName = crossover?.LastOrOrganizationName;
        a.CrossoverPayerId = crossover?.Id;
        var remarks = new List<string>();
        AddRemarks(remarks, c.OutpatientAdjudication, 3, 7);
        AddRemarks(remarks, c.InpatientAdjudication, 5, 5);
        AddRemarks(remarks, c.InpatientAdjudication, 20, 23);
        a.RemarkCodes = remarks.Count > 0 ? string.Join(',', remarks) : null;
        foreach (var adj in c.Adjustments)
        {
            a.Adjustments.Add(MapAdjustment(adj, a.Id, null));
        }

        for (var i = 0; i < c.ServiceLines.Count; i++)
        {
            var s = c.ServiceLines[i];
            var line = new AdjudicationLine
            {
                AdjudicationId = a.Id,
                Sequence = i,
                LineControlNumber = s.LineItemControlNumber,
                ProcedureCode = s.Procedure?.Code,
                Modifiers = s.Procedure is { Modifiers.Count: > 0 } p ? string.Join(',', p.Modifiers) : null,
                RevenueCode = s.RevenueCode,
                Charge = ToMoney(s.Charge),
                Paid = ToMoney(s.Paid),
                Allowed = s.Allowed is { } allowed ? ToMoney(allowed) : null,
                Units = s.UnitsPaid,
                ServiceDate = s.ServiceDate,
                RemarkCodes = s.Remarks.Count > 0 ? string.Join(',', s.Remarks.Where(r => r.Qualifier == "HE").Select(r => r.Code)) : null,
            };
            if (line.RemarkCodes is "")
            {
                line.RemarkCodes = null;
            }

            a.Lines.Add(line);
            foreach (var adj in s.Adjustments)
            {
                a.Adjustments.Add(MapAdjustment(adj, a.Id, line.Id));
            }

            var lineAdjustments = Money.Sum(a.AdjustmentsOf(line).Select(x => x.Amount));
            if (line.Charge - lineAdjustments != line.Paid && a.ExceptionCode is null)
            {
                a.State = AdjudicationState.Exception;
                a.ExceptionCode = LineUnbalanced;
                a.ExceptionMessage = $"Line {i + 1} ({line.ProcedureCode}): charge {line.Charge} minus adjustments {lineAdjustments} is {line.Charge - lineAdjustments}, but the payment is {line.Paid}.";
            }
        }

        var statement = c.Dates.Find(d => d.Qualifier == "232");
        a.ServiceDate = statement?.Date ?? a.Lines.Select(l => l.ServiceDate).FirstOrDefault(d => d is not null);
        var adjustments = Money.Sum(a.Adjustments.Select(x => x.Amount));
        if (a.Charge - adjustments != a.Paid && a.ExceptionCode is null)
        {
            a.State = AdjudicationState.Exception;
            a.ExceptionCode = ClaimUnbalanced;
            a.ExceptionMessage = $"Claim {a.PatientControlNumber}: charge {a.Charge} minus claim and line adjustments {adjustments} is {a.Charge - adjustments}, but the payment is {a.Paid}.";
        }

        return a;
    }

    private static AdjudicationAdjustment MapAdjustment(Adjustment adj, Guid adjudicationId, Guid? lineId) => new()
    {
        AdjudicationId = adjudicationId,
        LineId = lineId,
        Group = adj.Group.Trim().ToUpperInvariant(),
        Reason = adj.ReasonCode.Trim().ToUpperInvariant(),
        Amount = ToMoney(adj.Amount),
        Quantity = adj.Quantity,
    };

    private static void AddRemarks(List<string> into, X12.Tokenizing.X12Segment? segment, int from, int to)
    {
        if (segment is null)
        {
            return;
        }

        for (var i = from; i <= to; i++)
        {
            var value = segment[i];
            if (!string.IsNullOrWhiteSpace(value) && !into.Contains(value))
            {
                into.Add(value);
            }
        }
    }

    // X12 R elements may carry more than two decimals; a remittance is money to the cent, and a
    // sub-cent value then shows up as an imbalance rather than an exception from Money.Of.
    private static Money ToMoney(decimal value) => Money.Of(decimal.Round(value, 2, MidpointRounding.AwayFromZero));

}
