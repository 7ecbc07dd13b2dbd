using Claimsmith.Billing;

namespace Claimsmith.Billing.Tests.Freelance;

public sealed class InvoiceAgingTests
{
    private static readonly Guid ClientA = Guid.CreateVersion7();
    private static readonly Guid ClientB = Guid.CreateVersion7();

    private static ClientInvoice Invoice(Guid client, string number, DateOnly due, decimal total, InvoiceStatus status = InvoiceStatus.Issued) => new()
    {
        OrganizationId = client,
        ClientName = client == ClientA ? "Alder Clinic" : "Birch Hospital",
        Number = number,
        IssueDate = due.AddDays(-30),
        DueDate = due,
        Total = Money.Of(total),
        Status = status,
        IssuedBy = "admin",
    };

    [Fact]
    public void Balances_AreTotalsLessPayments_BucketedByDaysPastDue()
    {
        var asOf = new DateOnly(2026, 6, 30);
        var a1 = Invoice(ClientA, "INV-000001", new DateOnly(2026, 3, 15), 1000m); // 107 days past due
        var a2 = Invoice(ClientA, "INV-000002", new DateOnly(2026, 5, 20), 400m);  // 41 days
        var a3 = Invoice(ClientA, "INV-000003", new DateOnly(2026, 7, 10), 250m);  // not yet due
        var b1 = Invoice(ClientB, "INV-000004", new DateOnly(2026, 6, 1), 300m);   // 29 days
        var b2 = Invoice(ClientB, "INV-000005", new DateOnly(2026, 4, 15), 800m);  // 76 days, paid in full
        var v = Invoice(ClientB, "INV-000006", new DateOnly(2026, 1, 1), 999m, InvoiceStatus.Void);
        InvoicePayment[] payments =
        [
            Paid(a1, 600m, new DateOnly(2026, 4, 1)),
            Paid(a1, 100m, new DateOnly(2026, 4, 2)),
            Paid(a1, -100m, new DateOnly(2026, 4, 3)), // the second one bounced
            Paid(b2, 800m, new DateOnly(2026, 5, 1)),
            Paid(b1, 50m, new DateOnly(2026, 7, 5)), // after the aging date: not yet
        ];

        var aging = InvoiceAging.ByClient([a1, a2, a3, b1, b2, v], payments, asOf);

        Assert.Equal(["Alder Clinic", "Birch Hospital"], aging.Select(a => a.ClientName));
        var alder = aging[0].Buckets;
        Assert.Equal((250m, 0m, 400m, 0m, 400m), (alder.Current.Amount, alder.Days1To30.Amount, alder.Days31To60.Amount, alder.Days61To90.Amount, alder.Over90.Amount));
        Assert.Equal(Money.Of(1050m), alder.Total);
        var birch = aging[1];
        Assert.Equal(Money.Of(300m), birch.Buckets.Days1To30);
        Assert.Equal(Money.Of(300m), birch.Buckets.Total);
        Assert.Equal(["INV-000004"], birch.Invoices.Select(i => i.Number));
        Assert.Equal(107, aging[0].Invoices.Single(i => i.Number == "INV-000001").DaysPastDue);
    }

    private static InvoicePayment Paid(ClientInvoice invoice, decimal amount, DateOnly on) =>
        new() { InvoiceId = invoice.Id, OrganizationId = invoice.OrganizationId, Amount = Money.Of(amount), ReceivedOn = on, RecordedBy = "admin" };
}
