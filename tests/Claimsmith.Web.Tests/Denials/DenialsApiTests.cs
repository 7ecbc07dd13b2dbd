using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Tests.Remittance;
using Claimsmith.X12.Common;

namespace Claimsmith.Web.Tests.Denials;

/// <summary>
/// /api/denials: the work item a posted denial (CO-197) makes, its detail, assign, note and
/// resolve with the history kept, the report by category (JSON and CSV); problem details naming
/// the field, 404s and the audit entries. On SQLite and PostgreSQL.
/// </summary>
public abstract class DenialsApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Claim Claim, string WorkItemId)> DeniedLineAsync(HttpClient biller)
    {
        var (_, claims) = await PostingSeed.SubmittedClaimsAsync(factory.Services);
        var claim = claims[0];
        // Line 2 (83036, $25) denied for missing authorization; line 1 paid.
        var payment = PayerSimulator.Pay(claim, l => l.LineNumber == 2 ? [new Adjustment("CO", "197", l.Charge.Amount)] : [new Adjustment("CO", "45", 10m)]);
        using (var body = new ByteArrayContent(PayerSimulator.ToBytes(PayerSimulator.Remittance(PostingSeed.Trace(), [payment], paymentDate: new DateOnly(2026, 3, 2)))))
        {
            body.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
            using var posted = await biller.PostAsync(new Uri("/api/remittances", UriKind.Relative), body, Ct);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        var (status, list, _) = await biller.SendAsync(HttpMethod.Get, "/api/denials?pageSize=200");
        Assert.Equal(HttpStatusCode.OK, status);
        var item = Assert.Single(list!["items"]!.AsArray(), i => (string)i!["claimNumber"]! == claim.ClaimNumber)!;
        return (claim, (string)item["id"]!);
    }

    [Fact]
    public async Task DeniedLine_IsAWorkItem_AssignedNotedResolved_WithHistory()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var since = DateTimeOffset.UtcNow;
        var (claim, id) = await DeniedLineAsync(biller);

        var (getStatus, detail, _) = await biller.SendAsync(HttpMethod.Get, "/api/denials/" + id);
        Assert.Equal(HttpStatusCode.OK, getStatus);
        var item = detail!["item"]!;
        Assert.Equal(claim.Id.ToString(), (string)item["claimId"]!);
        Assert.Equal("83036", (string)item["procedureCode"]!);
        Assert.Contains("CO-197", (string)item["reasonCodes"]!, StringComparison.Ordinal);
        Assert.Equal(25m, (decimal)item["amountAtStake"]!);
        Assert.Equal("2026-03-02", (string)item["remittanceDate"]!);
        Assert.Equal("Open", (string)item["status"]!);
        Assert.False((bool)item["underpayment"]!);
        Assert.Equal(AuditOutcome.Success, (await PostingSeed.AuditAsync(factory.Services, "DenialWorkItem", "GET /api/denials/{id:guid} -> 200", since)).Outcome);

        var (assigned, afterAssign, _) = await biller.SendAsync(HttpMethod.Post, $"/api/denials/{id}/assign", new { assignee = "kit@claimsmith.test" });
        Assert.True(assigned == HttpStatusCode.OK, afterAssign?.ToJsonString());
        Assert.Equal("Assigned", (string)afterAssign!["item"]!["status"]!);
        Assert.Equal("kit@claimsmith.test", (string)afterAssign["item"]!["assignedTo"]!);
        var (_, afterNote, _) = await biller.SendAsync(HttpMethod.Post, $"/api/denials/{id}/notes", new { text = "Authorization on file, appeal." });
        var (resolved, afterResolve, _) = await biller.SendAsync(HttpMethod.Post, $"/api/denials/{id}/resolve", new { text = "Paid on appeal." });
        Assert.Equal(HttpStatusCode.OK, resolved);
        Assert.Equal("Resolved", (string)afterResolve!["item"]!["status"]!);
        Assert.Equal("Paid on appeal.", (string)afterResolve["item"]!["resolution"]!);
        var history = afterResolve["history"]!.AsArray().Select(h => ((string)h!["action"]!, (string?)h["text"])).ToList();
        Assert.Contains(("assigned", "kit@claimsmith.test"), history);
        Assert.Contains(("note", "Authorization on file, appeal."), history);
        Assert.Contains(("resolved", "Paid on appeal."), history);
        Assert.NotNull(afterNote);
        Assert.Equal(AuditOutcome.Success, (await PostingSeed.AuditAsync(factory.Services, "DenialWorkItem", "POST /api/denials/{id:guid}/resolve -> 200", since)).Outcome);

        // Resolved items leave the default queue.
        var (_, open, _) = await biller.SendAsync(HttpMethod.Get, "/api/denials?pageSize=200");
        Assert.DoesNotContain(open!["items"]!.AsArray(), i => (string)i!["id"]! == id);
        var (_, done, _) = await biller.SendAsync(HttpMethod.Get, "/api/denials?status=Resolved&pageSize=200");
        Assert.Contains(done!["items"]!.AsArray(), i => (string)i!["id"]! == id);
    }

    [Fact]
    public async Task Report_SumsDeniedAmountsByCategory_JsonAndCsv()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (_, id) = await DeniedLineAsync(biller);
        var (_, detail, _) = await biller.SendAsync(HttpMethod.Get, "/api/denials/" + id);
        var category = (string)detail!["item"]!["category"]!;

        var (status, report, _) = await biller.SendAsync(HttpMethod.Get, "/api/denials/report?from=2026-03-01&to=2026-03-31");
        Assert.Equal(HttpStatusCode.OK, status);
        var row = report!.AsArray().Single(r => (string)r!["category"]! == category)!;
        Assert.True((decimal)row["amount"]! >= 25m);
        Assert.True((int)row["items"]! >= 1);

        var (_, outside, _) = await biller.SendAsync(HttpMethod.Get, "/api/denials/report?from=2027-01-01&to=2027-12-31");
        Assert.Empty(outside!.AsArray());

        using var csv = await biller.GetAsync(new Uri("/api/denials/report?from=2026-03-01&to=2026-03-31&format=csv", UriKind.Relative), Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("category,items,amount\n", text, StringComparison.Ordinal);
        Assert.Contains("\n" + category + ",", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRequestsAndUnknownIds()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var since = DateTimeOffset.UtcNow;
        var (_, id) = await DeniedLineAsync(biller);

        var (noAssignee, problem, _) = await biller.SendAsync(HttpMethod.Post, $"/api/denials/{id}/assign", new { assignee = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noAssignee);
        Assert.Equal(400, (int)problem!["status"]!);
        Assert.NotNull(problem["errors"]!["assignee"]);
        var (noText, textProblem, _) = await biller.SendAsync(HttpMethod.Post, $"/api/denials/{id}/resolve", new { text = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noText);
        Assert.NotNull(textProblem!["errors"]!["text"]);
        Assert.Equal(AuditOutcome.Rejected, (await PostingSeed.AuditAsync(factory.Services, "DenialWorkItem", "POST /api/denials/{id:guid}/resolve -> 400", since)).Outcome);

        var missing = Guid.NewGuid();
        var (get, _, _) = await biller.SendAsync(HttpMethod.Get, "/api/denials/" + missing);
        Assert.Equal(HttpStatusCode.NotFound, get);
        var (assign, _, _) = await biller.SendAsync(HttpMethod.Post, $"/api/denials/{missing}/assign", new { assignee = "kit@claimsmith.test" });
        Assert.Equal(HttpStatusCode.NotFound, assign);
        var audit = await PostingSeed.AuditAsync(factory.Services, "DenialWorkItem", "GET /api/denials/{id:guid} -> 404", since);
        Assert.Equal(AuditOutcome.NotFound, audit.Outcome);
    }
}

public sealed class SqliteDenialsApiTests(ClaimsmithWebFactory factory) : DenialsApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresDenialsApiTests(PostgresClaimsmithWebFactory factory) : DenialsApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
