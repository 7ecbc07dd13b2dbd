using System.Globalization;
using System.Text;
using Claimsmith.Billing;

namespace Claimsmith.Data;

/// <summary>CSV of the reports (RFC 4180; amounts with two decimals, rates as fractions).</summary>
public static class ReportsCsv
{
    /// <summary>Aging: one row per payer or patient, then a total row.</summary>
    public static string Aging(AgingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append(report.By == AgingBy.Payer ? "payer_id,payer" : "patient_id,patient,account").Append(",claims,0_30,31_60,61_90,91_120,over_120,total\r\n");
        foreach (var r in report.Rows)
        {
            sb.Append(r.Id).Append(',').Append(Field(r.Name));
            if (report.By == AgingBy.Patient)
            {
                sb.Append(',').Append(Field(r.AccountNumber ?? ""));
            }

            sb.Append(',').Append(r.Claims.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Buckets(r.Aging)).Append("\r\n");
        }

        sb.Append(",TOTAL").Append(report.By == AgingBy.Patient ? "," : "").Append(',').Append(report.Rows.Sum(r => r.Claims).ToString(CultureInfo.InvariantCulture))
            .Append(',').Append(Buckets(report.Totals)).Append("\r\n");
        return sb.ToString();
    }

    /// <summary>Measures: one row per measure with its value and definition.</summary>
    public static string Measures(RevenueCycleMeasures m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var sb = new StringBuilder("measure,value,definition\r\n");
        void Row(string name, string value, string definition) => sb.Append(name).Append(',').Append(value).Append(',').Append(Field(definition)).Append("\r\n");
        string Rate(decimal? r) => r?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "";
        var d = RevenueCycleMeasures.Definitions;
        Row("period_from", m.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "");
        Row("period_to", m.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "");
        Row("clean_claim_rate", Rate(m.CleanClaimRate), d["cleanClaimRate"]);
        Row("claims_submitted", m.ClaimsSubmitted.ToString(CultureInfo.InvariantCulture), "");
        Row("clean_claims", m.CleanClaims.ToString(CultureInfo.InvariantCulture), "");
        Row("initial_denial_rate", Rate(m.InitialDenialRate), d["initialDenialRate"]);
        Row("first_pass_resolution_rate", Rate(m.FirstPassResolutionRate), d["firstPassResolutionRate"]);
        Row("claims_adjudicated", m.ClaimsAdjudicated.ToString(CultureInfo.InvariantCulture), "");
        Row("days_in_ar", m.DaysInAr?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", d["daysInAr"]);
        Row("total_ar", m.TotalAr.ToString(), "");
        Row("charges_last_90_days", m.Charges90Days.ToString(), "");
        Row("net_collection_rate", Rate(m.NetCollectionRate), d["netCollectionRate"]);
        Row("charges", m.Charges.ToString(), "");
        Row("payments", m.Payments.ToString(), "");
        Row("contractual_adjustments", m.ContractualAdjustments.ToString(), "");
        foreach (var (category, amount) in m.DenialsByCategory)
        {
            Row("denials_" + category, amount.ToString(), d["denialsByCategory"]);
        }

        return sb.ToString();
    }

    private static string Buckets(AgingTotals a) => string.Join(',', a.Current, a.Days31To60, a.Days61To90, a.Days91To120, a.Over120, a.Total);

    private static string Field(string text)
    {
        // A leading = + - @ would run as a formula in a spreadsheet (CSV injection).
        var safe = text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
