using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.X12.Common;
using Claimsmith.X12.Remittance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Remittance;

/// <summary>
/// /api/remittances: preview (posts nothing), post (per claim, unmatched claims to the exceptions
/// queue), list, detail, the exceptions queue and resolving by hand; problem details naming the
/// field, 404s, and the audit entry of each call. On SQLite and PostgreSQL.
/// </summary>
public abstract class RemittanceApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] File835(string trace, params ClaimPayment835[] payments) =>
        PayerSimulator.ToBytes(PayerSimulator.Remittance(trace, payments));

    private static ClaimPayment835 Paid(Claim claim) =>
        PayerSimulator.Pay(claim, l => [new Adjustment("CO", "45", 10m), new Adjustment("PR", "2", 5m)]);

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> UploadAsync(HttpClient client, string url, byte[] content)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    [Fact]
    public async Task Preview_TellsWhatWouldPost_AndPostsNothing()
    {
        var (_, claims) = await PostingSeed.SubmittedClaimsAsync(factory.Services);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var trace = PostingSeed.Trace();
        var since = DateTimeOffset.UtcNow;

        var (status, body) = await UploadAsync(biller, "/api/remittances/preview", File835(trace, Paid(claims[0])));

        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        var remittance = body!["remittances"]![0]!;
        Assert.Equal(trace, (string)remittance["traceNumber"]!);
        var line = remittance["claims"]![0]!;
        Assert.Equal(claims[0].ClaimNumber, (string)line["claimNumber"]!);
        Assert.Equal("Posted", (string)line["outcome"]!);
        Assert.Equal("Paid", (string)line["status"]!);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            Assert.False(await db.RemittanceAdvices.AnyAsync(r => r.TraceNumber == trace, Ct));
            Assert.Equal(ClaimStatus.Submitted, (await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claims[0].Id, Ct)).Status);
        }

        var audit = await PostingSeed.AuditAsync(factory.Services, "Remittance", "POST /api/remittances/preview -> 200", since);
        Assert.Equal(AuditOutcome.Success, audit.Outcome);
    }

    [Fact]
    public async Task Post_ListGet_ExceptionsQueue_ResolvedByHand()
    {
        var (_, claims) = await PostingSeed.SubmittedClaimsAsync(factory.Services, 2);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var trace = PostingSeed.Trace();
        // The second payment names a claim number that does not exist: it waits in the exceptions queue.
        var stray = Paid(claims[1]);
        stray.PatientControlNumber = "NOSUCH" + claims[1].ClaimNumber;
        var since = DateTimeOffset.UtcNow;

        var (status, body) = await UploadAsync(biller, "/api/remittances", File835(trace, Paid(claims[0]), stray));

        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        var remittance = body!["remittances"]![0]!;
        var id = (string)remittance["remittanceId"]!;
        var outcomes = remittance["claims"]!.AsArray();
        Assert.Equal(["Posted", "Exception"], outcomes.Select(c => (string)c!["outcome"]!).ToArray());
        Assert.Equal("remit.unmatchedClaim", (string)outcomes[1]!["exceptionCode"]!);
        Assert.Equal(AuditOutcome.Success, (await PostingSeed.AuditAsync(factory.Services, "Remittance", "POST /api/remittances/ -> 200", since)).Outcome);

        var reader = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (listStatus, list, _) = await biller.SendAsync(HttpMethod.Get, "/api/remittances?pageSize=100");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        var summary = list!["items"]!.AsArray().Single(r => (string)r!["id"]! == id)!;
        Assert.Equal(trace, (string)summary["traceNumber"]!);
        Assert.Equal("PostedWithExceptions", (string)summary["status"]!);
        Assert.Equal(2, (int)summary["claimCount"]!);

        var (getStatus, detail, _) = await biller.SendAsync(HttpMethod.Get, "/api/remittances/" + id);
        Assert.Equal(HttpStatusCode.OK, getStatus);
        var detailClaims = detail!["claims"]!.AsArray();
        Assert.Equal(claims[0].Id.ToString(), (string)detailClaims[0]!["claimId"]!);
        Assert.Equal("Posted", (string)detailClaims[0]!["state"]!);
        Assert.Equal("Exception", (string)detailClaims[1]!["state"]!);
        var audit = await PostingSeed.AuditAsync(factory.Services, "Remittance", "GET /api/remittances/{id:guid} -> 200", since);
        Assert.Contains(id, audit.RecordIds ?? "", StringComparison.OrdinalIgnoreCase);

        var (queueStatus, queue, _) = await biller.SendAsync(HttpMethod.Get, "/api/remittances/exceptions");
        Assert.Equal(HttpStatusCode.OK, queueStatus);
        var waiting = queue!["claims"]!.AsArray().Single(c => (string)c!["claimNumber"]! == stray.PatientControlNumber)!;
        var exceptionId = (string)waiting["id"]!;
        Assert.Equal("remit.unmatchedClaim", (string)waiting["exceptionCode"]!);

        var (resolved, resolution, _) = await biller.SendAsync(HttpMethod.Post, $"/api/remittances/exceptions/{exceptionId}/resolve", new { claimNumber = claims[1].ClaimNumber });
        Assert.True(resolved == HttpStatusCode.OK, resolution?.ToJsonString());
        Assert.Equal("Posted", (string)resolution!["state"]!);
        Assert.Equal(claims[1].Id.ToString(), (string)resolution["claimId"]!);
        Assert.Equal(AuditOutcome.Success, (await PostingSeed.AuditAsync(factory.Services, "Remittance", "POST /api/remittances/exceptions/{id:guid}/resolve -> 200", since)).Outcome);
        var (_, after, _) = await reader.SendAsync(HttpMethod.Get, "/api/remittances/exceptions");
        Assert.DoesNotContain(after!["claims"]!.AsArray(), c => (string)c!["id"]! == exceptionId);
        var (_, posted, _) = await biller.SendAsync(HttpMethod.Get, "/api/remittances/" + id);
        Assert.Equal("Posted", (string)posted!["remittance"]!["status"]!);
    }

    [Fact]
    public async Task BadRequests_AreProblemsNamingTheField()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var since = DateTimeOffset.UtcNow;

        var (empty, problem) = await UploadAsync(biller, "/api/remittances", []);
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("835", (string)problem!["errors"]!["file"]![0]!, StringComparison.Ordinal);
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal(AuditOutcome.Rejected, (await PostingSeed.AuditAsync(factory.Services, "Remittance", "POST /api/remittances/ -> 400", since)).Outcome);

        var (previewEmpty, previewProblem) = await UploadAsync(biller, "/api/remittances/preview", []);
        Assert.Equal(HttpStatusCode.BadRequest, previewEmpty);
        Assert.NotNull(previewProblem!["errors"]!["file"]);

        var (noNumber, numberProblem, _) = await biller.SendAsync(HttpMethod.Post, $"/api/remittances/exceptions/{Guid.NewGuid()}/resolve", new { claimNumber = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noNumber);
        Assert.Contains("claim number", (string)numberProblem!["errors"]!["claimNumber"]![0]!, StringComparison.Ordinal);

        // A file that is not an 835 posts nothing and says why.
        var (garbage, garbageBody) = await UploadAsync(biller, "/api/remittances", "not an 835"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, garbage);
        Assert.NotEmpty(garbageBody!["readIssues"]!.AsArray());
        Assert.Empty(garbageBody["remittances"]!.AsArray());
    }

    [Fact]
    public async Task UnknownIds_Are404_AndAudited()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var since = DateTimeOffset.UtcNow;
        var missing = Guid.NewGuid();

        var (get, _, _) = await biller.SendAsync(HttpMethod.Get, "/api/remittances/" + missing);
        Assert.Equal(HttpStatusCode.NotFound, get);
        var audit = await PostingSeed.AuditAsync(factory.Services, "Remittance", "GET /api/remittances/{id:guid} -> 404", since);
        Assert.Equal(AuditOutcome.NotFound, audit.Outcome);
        Assert.Contains(missing.ToString(), audit.RecordIds ?? "", StringComparison.OrdinalIgnoreCase);

        var (resolve, _, _) = await biller.SendAsync(HttpMethod.Post, $"/api/remittances/exceptions/{missing}/resolve", new { claimNumber = "CS00000001" });
        Assert.Equal(HttpStatusCode.NotFound, resolve);
        Assert.Equal(AuditOutcome.NotFound, (await PostingSeed.AuditAsync(factory.Services, "Remittance", "POST /api/remittances/exceptions/{id:guid}/resolve -> 404", since)).Outcome);
    }
}

public sealed class SqliteRemittanceApiTests(ClaimsmithWebFactory factory) : RemittanceApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresRemittanceApiTests(PostgresClaimsmithWebFactory factory) : RemittanceApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
