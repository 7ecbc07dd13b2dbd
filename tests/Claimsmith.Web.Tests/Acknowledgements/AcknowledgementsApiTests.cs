using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Acknowledgements;

/// <summary>
/// <c>POST /api/acknowledgements</c> with a 999 for a batch exported through the API: its claims
/// move to Rejected with the reason in words and appear in <c>GET /api/claims/rejected</c>, the
/// file is listed and readable, the same file twice changes nothing, bad bodies are 400 problems,
/// roles without Billing get a 403, and every call is in the audit log. Runs on SQLite and, with
/// CLAIMSMITH_TEST_POSTGRES, on PostgreSQL.
/// </summary>
public abstract class AcknowledgementsApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A 999 from the clearinghouse for functional group <group>: rejected, with a CLM element missing.
    private static byte[] Rejected999(long group, string claimNumber) => Encoding.ASCII.GetBytes(
        "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260211*1200*^*00501*000000901*0*T*:~" +
        $"GS*FA*DEMOCH*CLAIMSMITH01*20260211*1200*{group}*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*{group}*005010X222A1~" +
        $"AK2*837*0001*005010X222A1~IK3*CLM*22**8~CTX*CLM01:{claimNumber}~IK4*2*782*1~IK5*R*5~AK9*R*1*1*0~" +
        "SE*9*0001~GE*1*" + group + "~IEA*1*000000901~");

    [Fact]
    public async Task Rejected999_RejectsTheBatchClaims_ListsThem_AndIsIdempotent()
    {
        factory.SkipIfUnavailable();
        var ids = await ApiSeed.ReadyClaimsAsync(factory, 2);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, batch, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Professional", claimIds = ids });
        Assert.True(status == HttpStatusCode.Created, batch?.ToJsonString());
        var (_, claim, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{ids[0]}");
        var file = Rejected999((long)batch!["controlNumber"]!, (string)claim!["claimNumber"]!);

        (status, var upload) = await biller.PostX12Async("/api/acknowledgements", file);
        Assert.True(status == HttpStatusCode.OK, upload?.ToJsonString());
        Assert.False((bool)upload!["alreadyReceived"]!);
        Assert.Equal("Implementation999", (string?)upload["kind"]);
        var results = upload["results"]!.AsArray();
        Assert.Equal(ids.Order(), results.Where(r => r!["claimId"] is not null).Select(r => (string)r!["claimId"]!).Order());
        Assert.All(results, r => Assert.Equal("Rejected", (string?)r!["verdict"]));
        Assert.Contains(results, r => ((string)r!["explanation"]!).Contains("required element missing", StringComparison.Ordinal));

        foreach (var id in ids)
        {
            var (_, stored, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}");
            Assert.Equal("Rejected", (string?)stored!["status"]);
        }

        // The work queue of rejected claims has both, with the file they came from.
        var (_, queue, _) = await biller.SendAsync(HttpMethod.Get, "/api/claims/rejected?pageSize=200");
        var rows = queue!["items"]!.AsArray().Where(r => ids.Contains((string)r!["claimId"]!)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((string?)upload["fileId"], (string?)r!["acknowledgementFileId"]));
        Assert.All(rows, r => Assert.Equal(175.00m, (decimal)r!["amount"]!));

        // The file is listed and readable with its results.
        var fileId = (string)upload["fileId"]!;
        var (_, list, _) = await biller.SendAsync(HttpMethod.Get, "/api/acknowledgements?pageSize=200");
        var listed = Assert.Single(list!["items"]!.AsArray(), f => (string?)f!["id"] == fileId);
        Assert.Equal(2, (int)listed!["rejected"]!);
        var (detailStatus, detail, _) = await biller.SendAsync(HttpMethod.Get, $"/api/acknowledgements/{fileId}");
        Assert.Equal(HttpStatusCode.OK, detailStatus);
        Assert.Equal(64, ((string)detail!["sha256"]!).Length);

        // The same file again: recognised by its hash, nothing changes.
        (status, var again) = await biller.PostX12Async("/api/acknowledgements", file);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)again!["alreadyReceived"]!);
        Assert.Equal(fileId, (string?)again["fileId"]);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var claimIds = ids.Select(Guid.Parse).ToList();
        Assert.Equal(2, await db.ClaimStatusChanges.CountAsync(h => claimIds.Contains(h.ClaimId) && h.To == ClaimStatus.Rejected, Ct));
        var actions = await db.AuditEntries.Where(e => e.RecordType == "AcknowledgementFile" && e.Outcome == AuditOutcome.Success).Select(e => e.Action).ToListAsync(Ct);
        Assert.Contains(actions, a => a.StartsWith("acknowledgement.", StringComparison.Ordinal) && a.Contains("create", StringComparison.Ordinal));
        Assert.Contains(actions, a => a.StartsWith("acknowledgement.", StringComparison.Ordinal) && a.Contains("read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadBodies_AreProblems_AndRolesWithoutBillingAreRefused()
    {
        factory.SkipIfUnavailable();
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        var (status, empty) = await biller.PostX12Async("/api/acknowledgements", []);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("file", empty!["errors"]!.AsObject().Select(e => e.Key));

        (status, var garbage) = await biller.PostX12Async("/api/acknowledgements", Encoding.ASCII.GetBytes("this is not an X12 file"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEmpty(garbage!["errors"]!.AsObject());

        // An 837 is not an acknowledgement.
        (status, var wrong) = await biller.PostX12Async("/api/acknowledgements", Encoding.ASCII.GetBytes(
            "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *260211*1200*^*00501*000000001*0*T*:~GS*HC*S*R*20260211*1200*1*X*005010X222A1~ST*837*0001*005010X222A1~SE*2*0001~GE*1*1~IEA*1*000000001~"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEmpty(wrong!["errors"]!.AsObject());

        var (notFound, _, _) = await biller.SendAsync(HttpMethod.Get, $"/api/acknowledgements/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, notFound);

        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        (status, _) = await coder.PostX12Async("/api/acknowledgements", Encoding.ASCII.GetBytes("ISA"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        var (listStatus, _, _) = await coder.SendAsync(HttpMethod.Get, "/api/claims/rejected");
        Assert.Equal(HttpStatusCode.Forbidden, listStatus);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var coderEmail = ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.UserName == coderEmail && e.RecordType == "AcknowledgementFile" && e.Outcome != AuditOutcome.Success, Ct));
    }
}

public sealed class SqliteAcknowledgementsApiTests(ClaimsmithWebFactory factory) : AcknowledgementsApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresAcknowledgementsApiTests(PostgresClaimsmithWebFactory factory) : AcknowledgementsApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
