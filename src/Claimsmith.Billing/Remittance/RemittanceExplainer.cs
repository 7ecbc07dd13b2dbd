using System.Globalization;

namespace Claimsmith.Billing;

/// <summary>
/// Explains a read remittance in plain words for billers (<c>claimsmith era explain</c>, the upload
/// preview): per claim what was paid, what the patient owes and why, what was written off and
/// why, and each denied line with its reason, remark codes and denial category.
/// </summary>
public static class RemittanceExplainer
{
    /// <summary>
    /// Explains <paramref name="read"/>. <paramref name="describe"/> gives the words of a code
    /// (<c>("CARC", "45")</c>, <c>("RARC", "N130")</c>) from the imported code sets, or null; the
    /// code itself is shown then.
    /// </summary>
    public static RemittanceExplanation Explain(RemittanceRead read, Func<string, string, string?>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        describe ??= (_, _) => null;
        var a = read.Advice;
        var issues = read.FileIssues.Select(i => i.Message)
            .Concat(read.Claims.Where(c => c.ExceptionMessage is not null).Select(c => c.ExceptionMessage!))
            .ToList();
        return new RemittanceExplanation(
            a.PayerName,
            a.PayerKey,
            a.TraceNumber,
            a.PaymentAmount.Amount,
            a.PaymentDate,
            issues.Count == 0,
            issues,
            [.. read.Claims.Select(c => ExplainClaim(c, describe))],
            [.. a.ProviderAdjustments.Select(p => new AmountReason(p.ReasonCode, p.Amount.Amount,
                p.Amount.IsNegative ? $"{p.Description}: added to the payment" + Ref(p.Reference) : $"{p.Description}: taken from the payment" + Ref(p.Reference), null))]);
    }

    /// <summary>Explains one claim payment.</summary>
    public static ClaimExplanation ExplainClaim(ClaimAdjudication c, Func<string, string, string?>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        describe ??= (_, _) => null;
        var patient = new List<AmountReason>();
        var writeOff = new List<AmountReason>();
        var denied = new List<DeniedLine>();
        foreach (var adj in c.Adjustments)
        {
            var line = adj.LineId is { } id ? c.Lines.Find(l => l.Id == id) : null;
            var lineNumber = line is null ? (int?)null : line.Sequence + 1;
            var reason = CarcWords(adj.Reason, describe);
            if (adj.IsPatientResponsibility)
            {
                patient.Add(new AmountReason(adj.Code, adj.Amount.Amount, PatientWords(adj.Reason) ?? reason, lineNumber));
                continue;
            }

            var remarks = RemittancePoster.RemarksFor(c, adj);
            var classification = DenialClassifier.Classify(adj.Group, adj.Reason, remarks);
            if (classification.IsDenial && adj.Amount > Money.Zero)
            {
                denied.Add(new DeniedLine(lineNumber, line?.ProcedureCode, adj.Amount.Amount, adj.Code, reason,
                    [.. remarks.Select(r => describe("RARC", r) is { } words ? $"{r}: {words}" : r)], classification.Category, classification.Action));
            }
            else
            {
                writeOff.Add(new AmountReason(adj.Code, adj.Amount.Amount, reason, lineNumber));
            }
        }

        var owes = patient.Sum(p => p.Amount);
        var off = writeOff.Sum(w => w.Amount);
        var deniedTotal = denied.Sum(d => d.Amount);
        var status = StatusWords(c.StatusCode);
        var summary = c.IsReversal
            ? $"The payer reversed its earlier payment of {Usd(-c.Paid.Amount)} on this claim."
            : $"{status}: charged {Usd(c.Charge.Amount)}, paid {Usd(c.Paid.Amount)}"
                + (owes != 0 ? $", the patient owes {Usd(owes)}" : "")
                + (off != 0 ? $", {Usd(off)} written off" : "")
                + (deniedTotal != 0 ? $", {Usd(deniedTotal)} denied" : "")
                + (c.CrossoverPayerName is { } to ? $"; forwarded to {to}" : "")
                + ".";
        return new ClaimExplanation(c.PatientControlNumber, status, c.PayerClaimControlNumber, c.Charge.Amount, c.Paid.Amount, owes, off, deniedTotal,
            c.ExceptionCode is not (RemittanceMapper.ClaimUnbalanced or RemittanceMapper.LineUnbalanced), summary, patient, writeOff, denied, c.CrossoverPayerName);
    }

    /// <summary>CLP02 in words.</summary>
    public static string StatusWords(string code) => code switch
    {
        "1" => "Processed as primary",
        "2" => "Processed as secondary",
        "3" => "Processed as tertiary",
        "4" => "Denied",
        "19" => "Processed as primary, forwarded to another payer",
        "20" => "Processed as secondary, forwarded to another payer",
        "21" => "Processed as tertiary, forwarded to another payer",
        "22" => "Reversal of a previous payment",
        "23" => "Not our claim, forwarded to another payer",
        "25" => "Predetermination pricing only, no payment",
        _ => "Status " + code,
    };

    private static string? PatientWords(string carc) => carc switch
    {
        "1" => "deductible",
        "2" => "coinsurance",
        "3" => "copay",
        "66" => "blood deductible",
        "142" => "monthly Medicaid patient liability",
        "187" => "paid from a consumer spending account",
        _ => null,
    };

    private static string CarcWords(string carc, Func<string, string, string?> describe) =>
        describe("CARC", carc) ?? carc switch
        {
            "45" => "charge exceeds the fee schedule or contracted amount",
            "253" => "sequestration reduction",
            "23" => "impact of prior payer adjudication",
            _ => "CARC " + carc,
        };

    private static string Ref(string? reference) => string.IsNullOrEmpty(reference) ? "" : $" (reference {reference})";

    private static string Usd(decimal amount) => amount.ToString("$#,0.00;-$#,0.00", CultureInfo.InvariantCulture);
}
