using System.Net;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Tests.Remittance;

namespace Claimsmith.Web.Tests.Reports;

/// <summary>
/// /api/reports/aging and /api/reports/kpi: content for one organization's claims, CSV, problem
/// details naming the field, and the audit entries. On SQLite and PostgreSQL. (The reports have no
/// record ids, so there is no 404 to test.)
/// </summary>
public abstract class ReportsApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Aging_ByPayer_ForOneOrganization_JsonAndCsv()
    {
        var (patient, claims) = await PostingSeed.SubmittedClaimsAsync(factory.Services, 2);
        var reader = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var since = DateTimeOffset.UtcNow;
        // The charges were posted today: aging counts what was posted by the end of the as-of day.
        var asOf = DateOnly.FromDateTime(since.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (status, report, _) = await reader.SendAsync(HttpMethod.Get, $"/api/reports/aging?by=payer&asOf={asOf}&organizationId={patient.OrganizationId}");

        Assert.True(status == HttpStatusCode.OK, report?.ToJsonString());
        Assert.Equal(asOf, (string)report!["asOf"]!);
        var row = Assert.Single(report["rows"]!.AsArray())!;
        Assert.Equal("Synthetic Mutual", (string)row["name"]!);
        Assert.Equal(2, (int)row["claims"]!);
        // Two claims of $175, both still owed by the payer.
        Assert.Equal(350m, (decimal)report["totals"]!["total"]!);
        Assert.Equal(AuditOutcome.Success, (await PostingSeed.AuditAsync(factory.Services, "Report", "GET /api/reports/aging -> 200", since)).Outcome);

        using var csv = await reader.GetAsync(new Uri($"/api/reports/aging?by=payer&asOf={asOf}&organizationId={patient.OrganizationId}&format=csv", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Synthetic Mutual", await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public async Task Kpi_ForAPeriod_WithDefinitions()
    {
        var (patient, _) = await PostingSeed.SubmittedClaimsAsync(factory.Services);
        var reader = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var since = DateTimeOffset.UtcNow;

        var (status, kpi, _) = await reader.SendAsync(HttpMethod.Get, $"/api/reports/kpi?from=2026-01-01&to=2026-12-31&organizationId={patient.OrganizationId}");

        Assert.True(status == HttpStatusCode.OK, kpi?.ToJsonString());
        Assert.Equal("2026-01-01", (string)kpi!["measures"]!["from"]!);
        Assert.Equal("2026-12-31", (string)kpi["measures"]!["to"]!);
        Assert.NotEmpty(kpi["definitions"]!.AsObject());
        Assert.Equal(AuditOutcome.Success, (await PostingSeed.AuditAsync(factory.Services, "Report", "GET /api/reports/kpi -> 200", since)).Outcome);
    }

    [Fact]
    public async Task BadRequests_NameTheField_AndAreAudited()
    {
        var reader = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var since = DateTimeOffset.UtcNow;

        var (by, byProblem, _) = await reader.SendAsync(HttpMethod.Get, "/api/reports/aging?by=provider");
        Assert.Equal(HttpStatusCode.BadRequest, by);
        Assert.Equal("Use payer or patient.", (string)byProblem!["errors"]!["by"]![0]!);

        var (period, periodProblem, _) = await reader.SendAsync(HttpMethod.Get, "/api/reports/kpi?from=2026-12-31&to=2026-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, period);
        Assert.NotNull(periodProblem!["errors"]!["from"]);
        Assert.Equal(AuditOutcome.Rejected, (await PostingSeed.AuditAsync(factory.Services, "Report", "GET /api/reports/kpi -> 400", since)).Outcome);
    }
}

public sealed class SqliteReportsApiTests(ClaimsmithWebFactory factory) : ReportsApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresReportsApiTests(PostgresClaimsmithWebFactory factory) : ReportsApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
