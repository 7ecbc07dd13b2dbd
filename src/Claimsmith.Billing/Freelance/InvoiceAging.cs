namespace Claimsmith.Billing;

/// <summary>
/// The aging of what clients owe: each issued invoice's total less the payments received
/// against it, by days past its due date on <c>asOf</c> (current, 1-30, 31-60, 61-90, over 90).
/// Void invoices owe nothing; fully paid ones are left out.
/// </summary>
public static class InvoiceAging
{
    /// <summary>Balances of open invoices.</summary>
    public static IReadOnlyList<InvoiceBalance> Balances(IEnumerable<ClientInvoice> invoices, IEnumerable<InvoicePayment> payments, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        ArgumentNullException.ThrowIfNull(payments);
        var paid = payments.Where(p => p.ReceivedOn <= asOf).GroupBy(p => p.InvoiceId).ToDictionary(g => g.Key, g => Money.Sum(g.Select(p => p.Amount)));
        return [.. invoices.Where(i => i.Status == InvoiceStatus.Issued && i.IssueDate <= asOf)
            .Select(i =>
            {
                var p = paid.GetValueOrDefault(i.Id);
                return new InvoiceBalance(i.Id, i.OrganizationId, i.Number, i.ClientName, i.DueDate, i.Total, p, i.Total - p, asOf.DayNumber - i.DueDate.DayNumber);
            })
            .Where(b => b.Balance != Money.Zero)
            .OrderBy(b => b.DueDate).ThenBy(b => b.Number, StringComparer.Ordinal)];
    }

    /// <summary>Per client, by age.</summary>
    public static IReadOnlyList<ClientAging> ByClient(IEnumerable<ClientInvoice> invoices, IEnumerable<InvoicePayment> payments, DateOnly asOf) =>
        [.. Balances(invoices, payments, asOf).GroupBy(b => (b.OrganizationId, b.ClientName))
            .OrderBy(g => g.Key.ClientName, StringComparer.Ordinal)
            .Select(g => new ClientAging(g.Key.OrganizationId, g.Key.ClientName, g.Aggregate(AgingBuckets.Empty, (a, b) => a.Add(b.DaysPastDue, b.Balance)), [.. g]))];
}
