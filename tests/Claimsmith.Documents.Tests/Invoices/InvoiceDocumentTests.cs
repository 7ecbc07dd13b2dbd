using System.Text;
using Claimsmith.Billing;
using Claimsmith.Documents;

namespace Claimsmith.Documents.Tests.Invoices;

public sealed class InvoiceDocumentTests
{
    private static ClientInvoice Invoice(InvoiceStatus status = InvoiceStatus.Issued)
    {
        var invoice = new ClientInvoice
        {
            Number = "INV-000042",
            ClientName = "Alder Family Practice, LLC",
            VendorName = "Cedar Billing",
            PeriodStart = new DateOnly(2026, 3, 1),
            PeriodEnd = new DateOnly(2026, 3, 31),
            IssueDate = new DateOnly(2026, 4, 1),
            DueDate = new DateOnly(2026, 5, 1),
            Status = status,
            Subtotal = Money.Of(160.90m),
            MinimumFeeAdjustment = Money.Of(89.10m),
            Total = Money.Of(250.00m),
            IssuedBy = "admin",
        };
        invoice.Lines =
        [
            new() { InvoiceId = invoice.Id, Sequence = 1, Kind = InvoiceLineKind.Charts, ChartType = ChartType.Surgery, Description = "Surgery charts coded: 4 at 14.75", Quantity = 4, Rate = 14.75m, Amount = Money.Of(59.00m) },
            new() { InvoiceId = invoice.Id, Sequence = 2, Kind = InvoiceLineKind.Charts, ChartType = ChartType.Outpatient, Description = "Outpatient charts coded: 3 at 4.10", Quantity = 3, Rate = 4.10m, Amount = Money.Of(12.30m) },
            new() { InvoiceId = invoice.Id, Sequence = 3, Kind = InvoiceLineKind.Collections, Description = "Collections $1,629.00 (insurance $1,583.33, patients $45.67) at 5.5%", Quantity = 1629.00m, Rate = 5.5m, Amount = Money.Of(89.60m) },
            new() { InvoiceId = invoice.Id, Sequence = 4, Kind = InvoiceLineKind.MinimumFee, Description = "Minimum monthly fee $250.00: difference to the work billed", Quantity = 1, Rate = 89.10m, Amount = Money.Of(89.10m) },
        ];
        return invoice;
    }

    [Fact]
    public void Pdf_IsAPdf_WithTheNumberInItsTitle()
    {
        var pdf = InvoiceRenderer.Render(Invoice());

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("INV-000042", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.True(InvoiceRenderer.Render(Invoice(InvoiceStatus.Void)).Length > 0);
    }

    [Fact]
    public void Csv_HasEveryLineAndTheTotals_QuotedWhereNeeded()
    {
        var csv = FreelanceCsv.Invoice(Invoice());
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1 + 4 + 3, rows.Length);
        Assert.StartsWith("invoice,status,period_start", rows[0], StringComparison.Ordinal);
        Assert.Equal("INV-000042,Issued,2026-03-01,2026-03-31,3,Collections,,\"Collections $1,629.00 (insurance $1,583.33, patients $45.67) at 5.5%\",1629,5.5,89.60", rows[3]);
        Assert.EndsWith(",Total,,,,,250.00", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ClientReportCsv_CountsAndRatesOnly()
    {
        var report = new ClientReport
        {
            ClientName = "Alder Family Practice",
            PeriodStart = new DateOnly(2026, 3, 1),
            PeriodEnd = new DateOnly(2026, 3, 31),
            ChartsByType = [new ChartTypeProductivity(ChartType.Outpatient, 5, 0.5m, 10m)],
            ChartsCoded = 5,
            Hours = 3.08m,
            AverageTurnaroundHours = 8m,
            MedianTurnaroundHours = 8m,
            ChartsSecondLevelReviewed = 1,
            CodesChangedByReview = 2,
            ChartsAudited = 4,
            CodeAccuracy = 0.9m,
            ChartAccuracy = 0.75m,
            MeetsStandard = false,
        };

        var csv = FreelanceCsv.ClientReport(report);

        Assert.Contains("charts_coded,Outpatient,5\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("chart_accuracy,,0.75\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("meets_95_percent_standard,,no\r\n", csv, StringComparison.Ordinal);
    }
}
