using System.Net;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Security;

/// <summary>
/// Drives every action that touches patient information (view and list patients, coverage,
/// encounters, open and add a note, claims and their lifecycle, the CMS-1500 PDF, an 837 batch
/// and its file) and finds each one's audit entry: user, organization, record ids, outcome.
/// Then the log is searched and exported through the API and its chain verifies.
/// </summary>
public abstract class AuditCompletenessTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPatientDataAction_HasItsAuditEntry()
    {
        factory.SkipIfUnavailable();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var world = await TwoOrganizations.CreateAsync(factory, tag);
        var a = world.A;
        var billerEmail = TwoOrganizations.UserOfA(ClaimsmithRoles.Biller, tag);
        var coderEmail = TwoOrganizations.UserOfA(ClaimsmithRoles.Coder, tag);
        var auditorEmail = TwoOrganizations.UserOfA(ClaimsmithRoles.Auditor, tag);
        using var biller = await factory.SignInAsync(billerEmail);
        using var coder = await factory.SignInAsync(coderEmail);
        using var auditor = await factory.SignInAsync(auditorEmail);
        var expected = new List<(string Action, string User, string? RecordId, bool InA)>();

        async Task<string?> Do(HttpClient client, string user, HttpMethod method, string url, string action, string? recordId, object? body = null, bool inA = true, HttpStatusCode status = HttpStatusCode.OK)
        {
            var (actual, json, _) = await client.SendAsync(method, url, body);
            Assert.True(actual == status, $"{method} {url}: {(int)actual} {json?.ToJsonString()}");
            var id = recordId ?? (string?)json?["id"];
            expected.Add((action, user, id, inA));
            return id;
        }

        var patientId = await Do(biller, billerEmail, HttpMethod.Post, "/api/patients", "patient.create", null,
            new { organizationId = a.OrganizationId, accountNumber = "N" + tag, lastName = "Audit" + tag, firstName = "Ann", birthDate = "1980-01-02", sex = "Female", address = ApiClient.Address() }, status: HttpStatusCode.Created);
        await Do(biller, billerEmail, HttpMethod.Get, "/api/patients", "patient.list", patientId, inA: false);
        await Do(biller, billerEmail, HttpMethod.Get, $"/api/patients/{patientId}", "patient.read", patientId);
        await Do(biller, billerEmail, HttpMethod.Put, $"/api/patients/{patientId}", "patient.update", patientId,
            new { accountNumber = "N" + tag, lastName = "Audit" + tag, firstName = "Anne", birthDate = "1980-01-02", sex = "Female", address = ApiClient.Address(), version = 0 });
        await Do(biller, billerEmail, HttpMethod.Get, $"/api/patients/{a.PatientId}/balance", "patient.balance.read", a.PatientId);
        await Do(biller, billerEmail, HttpMethod.Get, $"/api/coverages/{a.CoverageId}", "coverage.read", a.CoverageId);
        await Do(biller, billerEmail, HttpMethod.Get, $"/api/coverages?patientId={a.PatientId}", "coverage.list", a.CoverageId, inA: false);
        await Do(coder, coderEmail, HttpMethod.Get, $"/api/encounters/{a.EncounterId}", "encounter.read", a.EncounterId);
        await Do(coder, coderEmail, HttpMethod.Get, "/api/encounters", "encounter.list", a.EncounterId, inA: false);
        await Do(coder, coderEmail, HttpMethod.Get, $"/api/encounters/{a.EncounterId}/documents/{a.DocumentId}", "encounter.documents.read", a.DocumentId);
        await Do(coder, coderEmail, HttpMethod.Post, $"/api/encounters/{a.EncounterId}/documents", "encounter.documents.change", a.EncounterId,
            new { title = "Addendum", text = "Follow-up in two weeks." }, status: HttpStatusCode.Created);
        await Do(auditor, auditorEmail, HttpMethod.Get, $"/api/claims/{a.ClaimId}", "claim.read", a.ClaimId);
        await Do(auditor, auditorEmail, HttpMethod.Get, "/api/claims", "claim.list", a.ClaimId, inA: false);
        await Do(auditor, auditorEmail, HttpMethod.Get, $"/api/claims/{a.ClaimId}/history", "claim.history.read", a.ClaimId);
        await Do(biller, billerEmail, HttpMethod.Get, $"/api/claims/{a.ClaimId}/cms1500.pdf", "claim.cms1500.pdf.read", a.ClaimId);
        await Do(biller, billerEmail, HttpMethod.Post, $"/api/claims/{a.ClaimId}/ready", "claim.ready.change", a.ClaimId, new { version = 0 });
        var batchId = await Do(biller, billerEmail, HttpMethod.Post, "/api/claims/batches", "claim-batch.create", null,
            new { kind = "Professional", claimIds = new[] { a.ClaimId } }, inA: false, status: HttpStatusCode.Created);
        await Do(biller, billerEmail, HttpMethod.Get, $"/api/claims/batches/{batchId}/file", "claim-batch.file.read", batchId, inA: false);
        await Do(auditor, auditorEmail, HttpMethod.Get, $"/api/audit?user={Uri.EscapeDataString(billerEmail)}", "audit.search", null, inA: false);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var users = new[] { billerEmail, coderEmail, auditorEmail };
        var entries = await db.AuditEntries.AsNoTracking().Where(e => users.Contains(e.UserName!)).ToListAsync(Ct);
        var missing = new List<string>();
        foreach (var (action, user, recordId, inA) in expected)
        {
            var found = entries.Any(e => e.Action == action && e.UserName == user && e.Outcome == AuditOutcome.Success
                && (recordId is null || (e.RecordIds ?? "").Contains(recordId, StringComparison.Ordinal))
                && (!inA || e.OrganizationId == Guid.Parse(a.OrganizationId))
                && e.Detail is not null && e.UserId is not null);
            if (!found)
            {
                missing.Add($"{action} by {user} on {recordId}");
            }
        }

        Assert.Empty(missing);
        Assert.Contains(entries, e => e.Action == "account.sign-in" && e.UserName == billerEmail && e.Outcome == AuditOutcome.Success);

        // Auditors search and export the log of their organization; the chain verifies.
        var (_, page, _) = await auditor.SendAsync(HttpMethod.Get, $"/api/audit?action=patient.read&user={Uri.EscapeDataString(billerEmail)}");
        Assert.Contains(page!["items"]!.AsArray(), e => (string?)e!["recordIds"] == patientId);
        using var csv = await auditor.GetAsync(new Uri($"/api/audit/export.csv?organizationId={a.OrganizationId}", UriKind.Relative), Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith(AuditCsv.Header, text, StringComparison.Ordinal);
        Assert.Contains("encounter.read", text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.B.OrganizationId, text, StringComparison.Ordinal);
        var (_, verify, _) = await auditor.SendAsync(HttpMethod.Get, "/api/audit/verify");
        Assert.True((bool)verify!["valid"]!, verify.ToJsonString());
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "audit.export" && e.UserName == auditorEmail, Ct));
        var result = await AuditLog.VerifyAsync(db, Ct);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));

        // Coders and billers cannot read the log.
        var (status, _, _) = await coder.SendAsync(HttpMethod.Get, "/api/audit");
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task ConcurrentRequests_KeepOneUnbrokenChain()
    {
        factory.SkipIfUnavailable();
        var client = await factory.ClientAsAsync(ClaimsmithRoles.Auditor);
        await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ =>
        {
            using var response = await client.GetAsync(new Uri("/api/patients", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var result = await AuditLog.VerifyAsync(db, Ct);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.True(result.EntryCount >= 24);
        Assert.Equal(result.EntryCount, result.HeadSequence);
    }
}

public sealed class SqliteAuditCompletenessTests(ClaimsmithWebFactory factory) : AuditCompletenessTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresAuditCompletenessTests(PostgresClaimsmithWebFactory factory) : AuditCompletenessTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
