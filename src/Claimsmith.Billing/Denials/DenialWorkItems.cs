namespace Claimsmith.Billing;

/// <summary>Finds the denial work items in a posted adjudication: denied amounts and underpayments, per line and at claim level.</summary>
public static class DenialWorkItems
{
    /// <summary>
    /// The work items of <paramref name="adjudication"/> (posted, matched to <paramref name="claim"/>).
    /// <paramref name="expected"/> gives a line's expected allowed amount (contract rate or fee
    /// schedule, times units), or null when unknown; an allowed amount (payment plus patient
    /// responsibility) below it is an underpayment.
    /// </summary>
    public static IReadOnlyList<DenialWorkItem> Find(ClaimAdjudication adjudication, Claim claim, DateOnly remittanceDate, int appealDays,
        Func<AdjudicationLine, Money?>? expected, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(adjudication);
        ArgumentNullException.ThrowIfNull(claim);
        var items = new List<DenialWorkItem>();
        if (adjudication.IsReversal || adjudication.State != AdjudicationState.Posted)
        {
            return items;
        }

        var deadline = remittanceDate.AddDays(appealDays);
        foreach (var line in adjudication.Lines)
        {
            var adjustments = adjudication.AdjustmentsOf(line).ToList();
            var item = FromDenials(adjudication, claim, adjustments, line, deadline, remittanceDate, now, actor);
            if (item is null && expected?.Invoke(line) is { } exp)
            {
                var allowed = line.Paid + Money.Sum(adjustments.Where(a => a.IsPatientResponsibility).Select(a => a.Amount));
                if (allowed < exp && line.Paid > Money.Zero)
                {
                    item = New(adjudication, claim, line, DenialCategory.ContractualUnderpayment, underpayment: true,
                        string.Join(", ", adjustments.Where(a => !a.IsPatientResponsibility).Select(a => a.Code)), exp - allowed, deadline, remittanceDate, now, actor);
                    item.Expected = exp;
                }
            }

            if (item is not null)
            {
                items.Add(item);
            }
        }

        if (FromDenials(adjudication, claim, adjudication.ClaimAdjustments.ToList(), null, deadline, remittanceDate, now, actor) is { } claimLevel)
        {
            items.Add(claimLevel);
        }

        return items;
    }

    private static DenialWorkItem? FromDenials(ClaimAdjudication a, Claim claim, List<AdjudicationAdjustment> adjustments, AdjudicationLine? line,
        DateOnly deadline, DateOnly remittanceDate, DateTimeOffset now, string actor)
    {
        var denials = adjustments
            .Where(x => x.Amount > Money.Zero)
            .Select(x => (Adjustment: x, Class: DenialClassifier.Classify(x.Group, x.Reason, RemittancePoster.RemarksFor(a, x))))
            .Where(x => x.Class.IsDenial)
            .ToList();
        if (denials.Count == 0)
        {
            return null;
        }

        var main = denials.MaxBy(d => d.Adjustment.Amount);
        var remarks = line?.Remarks ?? a.Remarks;
        var codes = string.Join(", ", denials.Select(d => d.Adjustment.Code).Concat(remarks));
        return New(a, claim, line, main.Class.Category, underpayment: false, codes, Money.Sum(denials.Select(d => d.Adjustment.Amount)), deadline, remittanceDate, now, actor);
    }

    private static DenialWorkItem New(ClaimAdjudication a, Claim claim, AdjudicationLine? line, DenialCategory category, bool underpayment, string codes,
        Money amount, DateOnly deadline, DateOnly remittanceDate, DateTimeOffset now, string actor)
    {
        var item = new DenialWorkItem
        {
            OrganizationId = claim.OrganizationId,
            ClaimId = claim.Id,
            PayerId = claim.PayerId,
            AdjudicationId = a.Id,
            AdjudicationLineId = line?.Id,
            ClaimLineId = line?.ClaimLineId,
            ClaimNumber = claim.ClaimNumber,
            ProcedureCode = line?.ProcedureCode,
            Category = category,
            Underpayment = underpayment,
            ReasonCodes = codes,
            Action = DenialClassifier.ActionFor(category),
            AmountAtStake = amount,
            Paid = line?.Paid ?? a.Paid,
            RemittanceDate = remittanceDate,
            Deadline = deadline,
            CreatedAt = now,
        };
        item.Record("created", actor, now, $"{(underpayment ? "underpaid" : "denied")} {amount} ({codes})");
        return item;
    }
}
