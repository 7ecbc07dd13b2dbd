using System.Globalization;
using System.Text;
using Claimsmith.Billing;

namespace Claimsmith.Documents;

/// <summary>
/// CSV exports (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends) of a client
/// invoice's lines and of a client report. Amounts use a dot and two decimals.
/// </summary>
public static class FreelanceCsv
{
    /// <summary>One row per invoice line, then subtotal, minimum fee and total rows.</summary>
    public static string Invoice(ClientInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var sb = new StringBuilder();
        Row(sb, "invoice", "status", "period_start", "period_end", "line", "kind", "chart_type", "description", "quantity", "rate", "amount");
        var head = new[] { invoice.Number, invoice.Status.ToString(), Iso(invoice.PeriodStart), Iso(invoice.PeriodEnd) };
        foreach (var l in invoice.Lines.OrderBy(l => l.Sequence))
        {
            Row(sb, [.. head, l.Sequence.ToString(CultureInfo.InvariantCulture), l.Kind.ToString(), l.ChartType?.ToString() ?? "", l.Description, Num(l.Quantity), Num(l.Rate), l.Amount.ToString()]);
        }

        Row(sb, [.. head, "", "Subtotal", "", "", "", "", invoice.Subtotal.ToString()]);
        Row(sb, [.. head, "", "MinimumFeeAdjustment", "", "", "", "", invoice.MinimumFeeAdjustment.ToString()]);
        Row(sb, [.. head, "", "Total", "", "", "", "", invoice.Total.ToString()]);
        return sb.ToString();
    }

    /// <summary>The client report as metric/value rows (counts and rates only).</summary>
    public static string ClientReport(ClientReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        Row(sb, "metric", "chart_type", "value");
        Row(sb, "client", "", report.ClientName);
        Row(sb, "period_start", "", Iso(report.PeriodStart));
        Row(sb, "period_end", "", Iso(report.PeriodEnd));
        Row(sb, "charts_coded", "", report.ChartsCoded.ToString(CultureInfo.InvariantCulture));
        foreach (var t in report.ChartsByType)
        {
            Row(sb, "charts_coded", t.Type.ToString(), t.Charts.ToString(CultureInfo.InvariantCulture));
            Row(sb, "hours", t.Type.ToString(), Num(t.Hours));
            Row(sb, "charts_per_hour", t.Type.ToString(), Num(t.ChartsPerHour));
        }

        Row(sb, "hours", "", Num(report.Hours));
        Row(sb, "turnaround_hours_average", "", Num(report.AverageTurnaroundHours));
        Row(sb, "turnaround_hours_median", "", Num(report.MedianTurnaroundHours));
        Row(sb, "charts_second_level_reviewed", "", report.ChartsSecondLevelReviewed.ToString(CultureInfo.InvariantCulture));
        Row(sb, "codes_changed_by_review", "", report.CodesChangedByReview.ToString(CultureInfo.InvariantCulture));
        Row(sb, "charts_audited", "", report.ChartsAudited.ToString(CultureInfo.InvariantCulture));
        Row(sb, "code_accuracy", "", Num(report.CodeAccuracy));
        Row(sb, "chart_accuracy", "", Num(report.ChartAccuracy));
        Row(sb, "meets_95_percent_standard", "", report.MeetsStandard is { } m ? (m ? "yes" : "no") : "");
        return sb.ToString();
    }

    private static string Num(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder sb, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var f = fields[i];
            sb.Append(f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f);
        }

        sb.Append("\r\n");
    }
}
