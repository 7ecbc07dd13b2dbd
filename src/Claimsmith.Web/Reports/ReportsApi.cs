using System.Text;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Audit;
using Claimsmith.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Claimsmith.Web.Reports;

/// <summary>
/// A/R aging by payer or patient and the revenue-cycle measures, as JSON or CSV
/// (<c>?format=csv</c>). Aggregated in the database (<see cref="ReportQueries"/>) over the
/// organizations of the signed-in user; audited, since the patient aging names patients.
/// </summary>
internal static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports").Audited("Report", "report").RequireAuthorization(Policies.BillingRead);
        api.MapGet("/aging", Aging);
        api.MapGet("/kpi", Kpi);
        return app;
    }

    internal static async Task<Results<Ok<AgingReport>, FileContentHttpResult, ValidationProblem>> Aging(
        ClaimsmithDbContext db, TimeProvider clock, string? by, DateOnly? asOf, Guid? organizationId, string? format, CancellationToken ct)
    {
        AgingBy groupBy;
        switch ((by ?? "payer").ToUpperInvariant())
        {
            case "PAYER":
                groupBy = AgingBy.Payer;
                break;
            case "PATIENT":
                groupBy = AgingBy.Patient;
                break;
            default:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["by"] = ["Use payer or patient."] });
        }

        var report = await db.AgingAsync(groupBy, asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), organizationId, ct);
        return IsCsv(format)
            ? TypedResults.File(Encoding.UTF8.GetBytes(ReportsCsv.Aging(report)), "text/csv", $"aging-{groupBy.ToString().ToLowerInvariant()}-{report.AsOf:yyyy-MM-dd}.csv")
            : TypedResults.Ok(report);
    }

    internal static async Task<Results<Ok<KpiReport>, FileContentHttpResult, ValidationProblem>> Kpi(
        ClaimsmithDbContext db, DateOnly? from, DateOnly? to, Guid? organizationId, string? format, CancellationToken ct)
    {
        if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > 3660)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Give from and to (yyyy-MM-dd), from on or before to, at most ten years apart."] });
        }

        var m = await db.RevenueCycleAsync(from.Value, to.Value, organizationId, ct);
        return IsCsv(format)
            ? TypedResults.File(Encoding.UTF8.GetBytes(ReportsCsv.Measures(m)), "text/csv", $"kpi-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv")
            : TypedResults.Ok(new KpiReport(m, RevenueCycleMeasures.Definitions));
    }

    private static bool IsCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The measures with their definitions.</summary>
    internal sealed record KpiReport(RevenueCycleMeasures Measures, IReadOnlyDictionary<string, string> Definitions);
}
