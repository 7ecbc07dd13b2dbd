using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests;

/// <summary>
/// The claim scrubber in the billing workflow, on the real FY2026 code sets (skipped with the
/// reason when ../shared/data is absent): scrub one claim, mark-ready blocked by errors and not
/// by warnings, overrides recorded with user and reason, duplicates against the patient's
/// earlier claims from the database, batch scrub of Ready claims. SQLite and PostgreSQL.
/// </summary>
public abstract class ClaimScrubApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Practice(HttpClient Biller, HttpClient Coder, string PatientId, string ProviderId, string PayerId);

    private async Task<Practice> PracticeAsync(int timelyFilingDays = 3650, string birthDate = "1961-07-08", string sex = "Male")
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var org = await admin.CreateAsync("/api/organizations", new { name = "Birch Internal Medicine", kind = "Practice", taxId = "331224444", npi = ApiSeed.NpiFor("300000001"), taxonomy = "207R00000X", address = ApiClient.Address() });
        var payer = await admin.CreateAsync("/api/payers", new { name = "Synthetic Assurance", payerIdentifier = "SYA" + Guid.NewGuid().ToString("N")[..5], claimFilingIndicator = "CI", timelyFilingDays });
        var provider = await biller.CreateAsync("/api/providers", new { organizationId = (string)org["id"]!, lastName = "Lark", firstName = "Noor", npi = ApiSeed.NpiFor("300000002"), taxonomy = "207R00000X" });
        var patient = await biller.CreateAsync("/api/patients", new { organizationId = (string)org["id"]!, accountNumber = "S" + Guid.NewGuid().ToString("N")[..8], lastName = "Teal", firstName = "Ari", birthDate, sex, address = ApiClient.Address() });
        await biller.CreateAsync("/api/coverages", new { patientId = (string)patient["id"]!, payerId = (string)payer["id"]!, order = "Primary", memberId = "SYA-1001", relationship = "Self", effectiveFrom = "2026-01-01" });
        return new Practice(biller, coder, (string)patient["id"]!, (string)provider["id"]!, (string)payer["id"]!);
    }

    /// <summary>An encounter with the diagnoses and one line per procedure code (pointing at the first diagnosis), built into a draft claim.</summary>
    private static async Task<JsonNode> ClaimAsync(Practice p, string[] diagnoses, string[] procedures, string date = "2026-03-02")
    {
        var encounter = await p.Coder.CreateAsync("/api/encounters", new
        {
            patientId = p.PatientId,
            kind = "Professional",
            serviceFrom = date,
            placeOfService = "11",
            renderingProviderId = p.ProviderId,
            diagnoses = diagnoses.Select(d => new { code = d }).ToArray(),
            charges = procedures.Select(c => new { procedureCode = c, units = 1, charge = 110.00m, diagnosisPointers = new[] { 1 } }).ToArray(),
        });
        return await p.Biller.CreateAsync("/api/claims", new { encounterId = (string)encounter["id"]! });
    }

    private static IEnumerable<string> RuleIds(JsonNode? findings) => findings!.AsArray().Select(f => (string)f!["ruleId"]!);

    [Fact]
    public async Task Scrub_CleanClaim_HasNoErrors_AndMarkReadyNotesTheScrub()
    {
        var p = await PracticeAsync();
        var claim = await ClaimAsync(p, ["E11.9", "I10"], ["99213"]);
        var id = (string)claim["id"]!;

        var (status, report, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/scrub");
        Assert.True(status == HttpStatusCode.OK, report?.ToJsonString());
        Assert.False((bool)report!["hasErrors"]!, report.ToJsonString());
        Assert.Equal(0, (int)report["errors"]!);
        Assert.Equal((string)claim["claimNumber"]!, (string?)report["claimNumber"]);
        Assert.DoesNotContain(report["findings"]!.AsArray(), f => (string?)f!["severity"] == "Error");

        (status, var ready, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ready", new { version = 0 });
        Assert.True(status == HttpStatusCode.OK, ready?.ToJsonString());
        (_, var history, _) = await p.Biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}/history");
        Assert.StartsWith("Scrubbed: 0 errors", (string?)history!.AsArray()[^1]!["note"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excludes1Error_BlocksMarkReady_UntilABillerOverridesIt_AndTheOverrideIsStored()
    {
        var p = await PracticeAsync();
        // E11 Excludes1 type 1 diabetes mellitus (E10.-): guideline I.A.12.a.
        var claim = await ClaimAsync(p, ["E11.9", "E10.9"], ["99213"]);
        var id = (string)claim["id"]!;

        var (status, report, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/scrub");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)report!["hasErrors"]!);
        var finding = report["findings"]!.AsArray().Single(f => (string?)f!["ruleId"] == "dx.excludes1")!;
        Assert.Equal("Error", (string?)finding["severity"]);
        Assert.Equal(0, (int)finding["line"]!);
        Assert.Contains("I.A.12.a", (string?)finding["source"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace((string?)finding["fix"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)finding["message"]));

        (status, var problem, var response) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ready", new { version = 0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://claimsmith.dev/problems/scrub-errors", (string?)problem!["type"]);
        Assert.Contains("dx.excludes1", RuleIds(problem["findings"]));
        (_, var stillDraft, _) = await p.Biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}");
        Assert.Equal("Draft", (string?)stillDraft!["status"]);

        // A finding the claim does not have cannot be overridden, and a reason is required.
        (status, problem, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/scrub/overrides", new { ruleId = "ncci.ptp", line = 1, reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["ruleId"]);
        (status, problem, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/scrub/overrides", new { ruleId = "dx.excludes1", line = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["reason"]);

        const string Reason = "Documented as unrelated conditions (I.A.12.a exception); chart note 2026-03-02.";
        (status, var created, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/scrub/overrides", new { ruleId = "dx.excludes1", line = 0, reason = Reason });
        Assert.True(status == HttpStatusCode.Created, created?.ToJsonString());

        (_, report, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/scrub");
        Assert.False((bool)report!["hasErrors"]!, report.ToJsonString());
        Assert.DoesNotContain("dx.excludes1", RuleIds(report["findings"]));
        var overridden = report["overridden"]!.AsArray().Single(f => (string?)f!["ruleId"] == "dx.excludes1")!;
        Assert.Equal(ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller), (string?)overridden["override"]!["by"]);
        Assert.Equal(Reason, (string?)overridden["override"]!["reason"]);

        (status, var ready, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ready", new { version = 0 });
        Assert.True(status == HttpStatusCode.OK, ready?.ToJsonString());
        Assert.Equal("Ready", (string?)ready!["status"]);
        (_, var history, _) = await p.Biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}/history");
        Assert.EndsWith("1 overridden", (string?)history!.AsArray()[^1]!["note"], StringComparison.Ordinal);

        // Stored: user, time, rule id, claim, line, code and reason; and only ever added to.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var row = await db.ScrubOverrides.SingleAsync(o => o.ClaimId == Guid.Parse(id), Ct);
        Assert.Equal(("dx.excludes1", 0, Reason, ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller)), (row.RuleId, row.Line, row.Reason, row.By));
        Assert.NotNull(row.Code);
        Assert.InRange(row.At, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1));
        row.Reason = "changed";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));

        (status, var list, _) = await p.Biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}/scrub/overrides");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Reason, (string?)list!.AsArray().Single()!["reason"]);

        // Once the claim is Ready-and-submitted nobody overrides anything any more.
        (status, _, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/transitions", new { to = "Submitted" });
        Assert.Equal(HttpStatusCode.OK, status);
        (status, _, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/scrub/overrides", new { ruleId = "dx.excludes1", line = 0, reason = Reason });
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Warnings_DoNotBlockMarkReady()
    {
        var p = await PracticeAsync();
        // R51.9 headache, unspecified: a warning (guideline I.B.18), not an error.
        var claim = await ClaimAsync(p, ["R51.9"], ["99213"]);
        var id = (string)claim["id"]!;
        var (_, report, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/scrub");
        Assert.False((bool)report!["hasErrors"]!, report.ToJsonString());
        Assert.True((int)report["warnings"]! > 0, report.ToJsonString());
        Assert.Contains(report["findings"]!.AsArray(), f => (string?)f!["severity"] == "Warning");

        var (status, ready, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{id}/ready", new { version = 0 });
        Assert.True(status == HttpStatusCode.OK, ready?.ToJsonString());
    }

    [Fact]
    public async Task ServiceOlderThanThePayersFilingLimit_IsATimelyFilingError()
    {
        var p = await PracticeAsync(timelyFilingDays: 30);
        var claim = await ClaimAsync(p, ["E11.9"], ["99213"]);
        var (_, report, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{(string)claim["id"]!}/scrub");
        Assert.Contains("claim.timely-filing", RuleIds(report!["findings"]));
        Assert.True((bool)report["hasErrors"]!);
    }

    [Fact]
    public async Task Duplicate_OfTheSameServiceOnAnEarlierClaim_IsFoundInTheDatabase()
    {
        var p = await PracticeAsync();
        var first = await ClaimAsync(p, ["E11.9"], ["99213"]);
        var firstId = (string)first["id"]!;
        var (status, body, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{firstId}/ready", new { version = 0 });
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());

        // Same patient, provider, date and service from a second encounter.
        var second = await ClaimAsync(p, ["E11.9"], ["99213"]);
        var secondId = (string)second["id"]!;
        (_, var report, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{secondId}/scrub");
        var duplicate = report!["findings"]!.AsArray().Single(f => (string?)f!["ruleId"] == "claim.duplicate")!;
        Assert.Equal(1, (int)duplicate["line"]!);
        Assert.Contains((string)first["claimNumber"]!, (string?)duplicate["message"], StringComparison.Ordinal);
        (status, _, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{secondId}/ready", new { version = 0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);

        // A draft is not billed: the first claim is no duplicate of the second.
        (_, report, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{firstId}/scrub");
        Assert.DoesNotContain("claim.duplicate", RuleIds(report!["findings"]));

        // Another date of service is another service.
        var later = await ClaimAsync(p, ["E11.9"], ["99213"], date: "2026-03-09");
        (_, report, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{(string)later["id"]!}/scrub");
        Assert.DoesNotContain("claim.duplicate", RuleIds(report!["findings"]));
    }

    [Fact]
    public async Task BatchScrub_OfReadyClaims_GivesCountsAndFindings()
    {
        var p = await PracticeAsync();
        var clean = await ClaimAsync(p, ["E11.9", "I10"], ["99213"], date: "2026-02-02");
        var warned = await ClaimAsync(p, ["R51.9"], ["99213"], date: "2026-02-03");
        var draft = await ClaimAsync(p, ["E11.9", "E10.9"], ["99213"], date: "2026-02-04");
        foreach (var c in new[] { clean, warned })
        {
            var (status, body, _) = await p.Biller.SendAsync(HttpMethod.Post, $"/api/claims/{(string)c["id"]!}/ready", new { version = 0 });
            Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        }

        var ids = new[] { clean, warned, draft }.Select(c => (string)c["id"]!).ToArray();
        var (s, batch, _) = await p.Biller.SendAsync(HttpMethod.Post, "/api/claims/scrub", new { claimIds = ids });
        Assert.True(s == HttpStatusCode.OK, batch?.ToJsonString());
        Assert.Equal(2, (int)batch!["scrubbed"]!);
        Assert.Equal(0, (int)batch["withErrors"]!);
        Assert.Equal(1, (int)batch["withWarnings"]!);
        var claims = batch["claims"]!.AsArray();
        Assert.Equal(ids[..2].Order(), claims.Select(c => (string)c!["claimId"]!).Order());
        Assert.All(claims, c => Assert.Equal("Ready", (string?)c!["status"]));
        Assert.Contains("dx.unspecified", RuleIds(claims.Single(c => (string?)c!["claimId"] == ids[1])!["findings"]));

        // The draft with the Excludes1 pair is found when drafts are asked for.
        (s, batch, _) = await p.Biller.SendAsync(HttpMethod.Post, "/api/claims/scrub", new { status = "Draft", claimIds = ids });
        Assert.Equal(HttpStatusCode.OK, s);
        Assert.Equal(1, (int)batch!["withErrors"]!);
        Assert.Contains("dx.excludes1", RuleIds(batch["claims"]![0]!["findings"]));

        // A payer's filing limit shortened after the claims went Ready: the batch scrub catches it.
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var (_, payer, response) = await admin.SendAsync(HttpMethod.Get, $"/api/payers/{p.PayerId}");
        var update = JsonNode.Parse(payer!.ToJsonString())!.AsObject();
        update["timelyFilingDays"] = 30;
        update.Remove("version");
        (s, _, _) = await admin.SendAsync(HttpMethod.Put, $"/api/payers/{p.PayerId}", update, ifMatch: response.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, s);
        (_, batch, _) = await p.Biller.SendAsync(HttpMethod.Post, "/api/claims/scrub", new { claimIds = ids });
        Assert.Equal(2, (int)batch!["withErrors"]!);
        Assert.All(batch["claims"]!.AsArray(), c => Assert.Contains("claim.timely-filing", RuleIds(c!["findings"])));
    }

    [Fact]
    public async Task UnknownClaim_Is404()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, _, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{Guid.NewGuid()}/scrub");
        Assert.Equal(HttpStatusCode.NotFound, status);
        (status, _, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{Guid.NewGuid()}/scrub/overrides", new { ruleId = "dx.excludes1", reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Coders_MayNotScrubOrOverride()
    {
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var (status, _, _) = await coder.SendAsync(HttpMethod.Post, "/api/claims/scrub", new { });
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}

public sealed class SqliteClaimScrubApiTests(RealCodeSetsWebFactory factory) : ClaimScrubApiTests(factory), IClassFixture<RealCodeSetsWebFactory>;

public sealed class PostgresClaimScrubApiTests(RealCodeSetsPostgresWebFactory factory) : ClaimScrubApiTests(factory), IClassFixture<RealCodeSetsPostgresWebFactory>;

/// <summary>Without an imported code-set snapshot nothing can be scrubbed, so nothing can be marked ready: a 503 that says how to import.</summary>
public sealed class ClaimScrubWithoutCodeSetsTests(NoCodeSetsWebFactory factory) : IClassFixture<NoCodeSetsWebFactory>
{
    [Fact]
    public async Task ScrubAndMarkReady_Are503_SayingHowToImport()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var npi = "400000001" + Npi.ComputeCheckDigit("400000001");
        var org = await admin.CreateAsync("/api/organizations", new { name = "Cedar Clinic", kind = "Practice", taxId = "441225555", npi, taxonomy = "207Q00000X", address = ApiClient.Address() });
        var payer = await admin.CreateAsync("/api/payers", new { name = "Synthetic Care", payerIdentifier = "SCR01", claimFilingIndicator = "CI" });
        var patient = await biller.CreateAsync("/api/patients", new { organizationId = (string)org["id"]!, accountNumber = "N" + Guid.NewGuid().ToString("N")[..8], lastName = "Moss", firstName = "Eli", birthDate = "1975-01-02", sex = "Male", address = ApiClient.Address() });
        await biller.CreateAsync("/api/coverages", new { patientId = (string)patient["id"]!, payerId = (string)payer["id"]!, order = "Primary", memberId = "SCR-1", relationship = "Self", effectiveFrom = "2026-01-01" });
        var encounter = await coder.CreateAsync("/api/encounters", new
        {
            patientId = (string)patient["id"]!,
            serviceFrom = "2026-03-02",
            diagnoses = new[] { new { code = "I10" } },
            charges = new[] { new { procedureCode = "99213", charge = 90m, diagnosisPointers = new[] { 1 } } },
        });
        var claim = await biller.CreateAsync("/api/claims", new { encounterId = (string)encounter["id"]! });
        var id = (string)claim["id"]!;

        foreach (var (url, body) in new (string, object?)[] { ($"/api/claims/{id}/scrub", null), ($"/api/claims/{id}/ready", new { version = 0 }), ("/api/claims/scrub", new { status = "Draft" }) })
        {
            var (status, problem, _) = await biller.SendAsync(HttpMethod.Post, url, body);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Contains("claimsmith codes import", (string?)problem!["detail"], StringComparison.Ordinal);
        }

        var (_, after, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}");
        Assert.Equal("Draft", (string?)after!["status"]);
    }
}
