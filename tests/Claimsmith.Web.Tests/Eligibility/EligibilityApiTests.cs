using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.X12.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Eligibility;

/// <summary>
/// <c>/api/eligibility/checks</c>: a check for a coverage builds a 270 that passes the X12
/// validator and waits for its answer (no clearinghouse is configured here); the 271 posted back
/// is matched by trace number (or, without one, by the coverage's member id) and read into plain benefits; missing fields, an unknown coverage,
/// a 271 for another member and garbage are 400 problems; roles without Billing get a 403; every
/// call is in the audit log. Runs on SQLite and, with CLAIMSMITH_TEST_POSTGRES, on PostgreSQL.
/// </summary>
public abstract class EligibilityApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Answer271(string memberId, string trace) => Encoding.ASCII.GetBytes(
        "ISA*00*          *00*          *ZZ*DEMOCH         *ZZ*CLAIMSMITH01   *260210*0900*^*00501*000000777*0*T*:~" +
        "GS*HB*DEMOCH*CLAIMSMITH01*20260210*0900*777*X*005010X279A1~ST*271*0001*005010X279A1~BHT*0022*11*X*20260210*0900~" +
        "HL*1**20*1~NM1*PR*2*SYNTHETIC MUTUAL*****PI*SYM01~HL*2*1*21*1~NM1*1P*2*HERON*****XX*1234500006~" +
        $"HL*3*2*22*0~NM1*IL*1*WREN*KIT****MI*{memberId}~TRN*2*{trace}*1987654321~" +
        "EB*1*IND*30**GOLD~EB*C*IND*30***23*1000*****Y~EB*C*IND*30***29*250*****Y~EB*B**98***27*25*****Y~" +
        "SE*14*0001~GE*1*777~IEA*1*000000777~");

    [Fact]
    public async Task Check_Builds270_AndThe271AnswersIt()
    {
        factory.SkipIfUnavailable();
        var practice = await ApiSeed.PracticeAsync(factory);
        var member = "ELG" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var insured = await ApiSeed.InsuredAsync(factory, practice, member);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        var (status, check, response) = await biller.SendAsync(HttpMethod.Post, "/api/eligibility/checks", new { coverageId = insured.CoverageId, dateOfService = "2026-02-03" });
        Assert.True(status == HttpStatusCode.Created, check?.ToJsonString());
        var id = (string)check!["id"]!;
        Assert.Equal($"/api/eligibility/checks/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(insured.PatientId, (string?)check["patientId"]);
        Assert.Equal("2026-02-03", (string?)check["dateOfService"]);
        Assert.Null(check["sentAs"]);
        Assert.Null(check["active"]);
        var trace = (string)check["traceNumber"]!;

        // The 270 is a valid transaction that carries the member and the trace number.
        using var file = await biller.GetAsync(new Uri($"/api/eligibility/checks/{id}/270", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var bytes = await file.Content.ReadAsByteArrayAsync(Ct);
        var validation = X12Validator.Validate(bytes);
        Assert.True(validation.IsAccepted, string.Join("\n", validation.Errors));
        var text = Encoding.ASCII.GetString(bytes);
        Assert.Contains("ST*270*", text, StringComparison.Ordinal);
        Assert.Contains("TRN*1*" + trace, text, StringComparison.Ordinal);
        Assert.Contains("*MI*" + member, text, StringComparison.Ordinal);

        // A 271 for another member does not answer this check.
        (status, var other) = await biller.PostX12Async($"/api/eligibility/checks/{id}/271", Answer271("OTHER123", "999999999"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("file", other!["errors"]!.AsObject().Select(e => e.Key));

        (status, var answered) = await biller.PostX12Async($"/api/eligibility/checks/{id}/271", Answer271(member, trace));
        Assert.True(status == HttpStatusCode.OK, answered?.ToJsonString());
        Assert.Equal("Answered", (string?)answered!["status"]);
        Assert.True((bool)answered["active"]!);
        Assert.Equal("GOLD", (string?)answered["plan"]);
        var benefits = answered["benefits"]!;
        var deductible = Assert.Single(benefits["deductibles"]!.AsArray())!;
        Assert.Equal((1000m, 750m, 250m), ((decimal)deductible["total"]!, (decimal)deductible["met"]!, (decimal)deductible["remaining"]!));
        Assert.Equal(25m, (decimal)Assert.Single(benefits["copays"]!.AsArray())!["copay"]!);

        // Listed for the patient, newest first.
        var (_, list, _) = await biller.SendAsync(HttpMethod.Get, $"/api/eligibility/checks?patientId={insured.PatientId}");
        Assert.Equal(id, (string?)Assert.Single(list!["items"]!.AsArray())!["id"]);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var actions = await db.AuditEntries.Where(e => e.RecordType == "EligibilityCheck" && e.RecordIds == id && e.Outcome == AuditOutcome.Success).Select(e => e.Action).ToListAsync(Ct);
        Assert.Contains(actions, a => a.StartsWith("eligibility.", StringComparison.Ordinal) && a.Contains("create", StringComparison.Ordinal));
        Assert.True(actions.Count >= 3, string.Join(", ", actions));
    }

    [Fact]
    public async Task BadRequests_AreProblems_AndRolesWithoutBillingAreRefused()
    {
        factory.SkipIfUnavailable();
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        var (status, missing, _) = await biller.SendAsync(HttpMethod.Post, "/api/eligibility/checks", new { });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["coverageId", "dateOfService"], missing!["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray());

        (status, var unknown, _) = await biller.SendAsync(HttpMethod.Post, "/api/eligibility/checks", new { coverageId = Guid.NewGuid(), dateOfService = "2026-02-03" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEmpty(unknown!["errors"]!.AsObject());

        var (notFound, _, _) = await biller.SendAsync(HttpMethod.Get, $"/api/eligibility/checks/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, notFound);
        (status, _) = await biller.PostX12Async($"/api/eligibility/checks/{Guid.NewGuid()}/271", Encoding.ASCII.GetBytes("ISA"));
        Assert.Equal(HttpStatusCode.NotFound, status);

        // Garbage for a real check is a problem, and the check still waits.
        var practice = await ApiSeed.PracticeAsync(factory);
        var insured = await ApiSeed.InsuredAsync(factory, practice, "ELGBAD1");
        var (_, check, _) = await biller.SendAsync(HttpMethod.Post, "/api/eligibility/checks", new { coverageId = insured.CoverageId, dateOfService = "2026-02-03" });
        var id = (string)check!["id"]!;
        (status, var garbage) = await biller.PostX12Async($"/api/eligibility/checks/{id}/271", Encoding.ASCII.GetBytes("not a 271 at all"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotEmpty(garbage!["errors"]!.AsObject());
        var (_, after, _) = await biller.SendAsync(HttpMethod.Get, $"/api/eligibility/checks/{id}");
        Assert.NotEqual("Answered", (string?)after!["status"]);

        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var (forbidden, _, _) = await coder.SendAsync(HttpMethod.Post, "/api/eligibility/checks", new { coverageId = insured.CoverageId, dateOfService = "2026-02-03" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        (forbidden, _, _) = await coder.SendAsync(HttpMethod.Get, "/api/eligibility/checks");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
    }
}

public sealed class SqliteEligibilityApiTests(ClaimsmithWebFactory factory) : EligibilityApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresEligibilityApiTests(PostgresClaimsmithWebFactory factory) : EligibilityApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
