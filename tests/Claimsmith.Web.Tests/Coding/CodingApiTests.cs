using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Coding;

/// <summary>
/// Computer-assisted coding over the API on the real FY2026 code sets (skipped with the reason
/// when ../shared/data is absent): suggestions with evidence offsets, guideline exclusions, the
/// office E/M level, suggestion sets on an encounter's documents, coder decisions and their
/// statistics. SQLite and PostgreSQL.
/// </summary>
public abstract class CodingApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Note =
        "Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease. " +
        "Patient denies chest pain. Family history of colon cancer. " +
        "Total time spent: 35 minutes.";

    /// <summary>
    /// A coder's client that waits for the first request of a host, which builds the coding
    /// engine's vocabulary from the full code sets (slow on a shared build machine).
    /// </summary>
    private async Task<HttpClient> CoderAsync()
    {
        using var signedIn = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static IEnumerable<string> Codes(JsonNode? list) => list!.AsArray().Select(s => (string)s!["code"]!);

    [Fact]
    public async Task Suggest_ReturnsCodesWithEvidenceInsideTheNote_AndLeavesNegatedFindingsOut()
    {
        var coder = await CoderAsync();
        var (status, body, _) = await coder.SendAsync(HttpMethod.Post, "/api/coding/suggest", new { text = Note, setting = "Outpatient", dateOfService = "2026-03-02", age = 61, sex = "Female" });
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        var diagnoses = body!["diagnoses"]!.AsArray();
        Assert.Contains(diagnoses, d => ((string)d!["code"]!).StartsWith("E11", StringComparison.Ordinal));
        var diabetes = diagnoses.First(d => ((string)d!["code"]!).StartsWith("E11", StringComparison.Ordinal))!;
        Assert.Equal("Icd10Cm", (string?)diabetes["system"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)diabetes["description"]));
        Assert.InRange((double)diabetes["score"]!, 0.0, 1.0);
        Assert.False(string.IsNullOrWhiteSpace((string?)diabetes["rationale"]!["matchedTerm"]));
        var evidence = diabetes["evidence"]!.AsArray();
        Assert.NotEmpty(evidence);
        foreach (var e in evidence)
        {
            var start = (int)e!["start"]!;
            var length = (int)e["length"]!;
            Assert.Equal((string?)e["text"], Note.Substring(start, length));
        }

        // "denies chest pain": negated, never a current condition; its evidence points at the words.
        Assert.DoesNotContain("R079", Codes(diagnoses));
        var excluded = body["excluded"]!.AsArray();
        Assert.Contains(excluded, x => (string?)x!["reason"] == "Negated");
        Assert.Null(body["em"]);
        Assert.False(string.IsNullOrEmpty(body["usedLearnedModel"]!.ToJsonString()));
    }

    [Fact]
    public async Task Suggest_OfficeVisit_GivesTheEmLevelFromDocumentedTime()
    {
        var coder = await CoderAsync();
        var (status, body, _) = await coder.SendAsync(HttpMethod.Post, "/api/coding/suggest", new { text = Note, dateOfService = "2026-03-02", officeVisit = new { newPatient = false } });
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        // Established patient, 35 minutes: 99214 (30-39 minutes, 2021 office E/M time table).
        Assert.Equal("99214", (string?)body!["em"]!["code"]);
        Assert.NotEmpty(body["em"]!["reasons"]!.AsArray());

        (status, body, _) = await coder.SendAsync(HttpMethod.Post, "/api/coding/suggest", new { text = "Headache for two days.", dateOfService = "2026-03-02", officeVisit = new { newPatient = true } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body!["em"]);
        Assert.Contains(body["issues"]!.AsArray(), i => (string?)i!["code"] == "CAC030");
    }

    [Fact]
    public async Task Suggest_BadInput_IsAValidationProblem_AndBillersOnlyReadAreRefusedNothing()
    {
        var coder = await CoderAsync();
        var (status, problem, _) = await coder.SendAsync(HttpMethod.Post, "/api/coding/suggest", new { text = "", age = 200, maxSuggestions = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var keys = problem!["errors"]!.AsObject().Select(e => e.Key).Order().ToArray();
        Assert.Equal(["age", "dateOfService", "maxSuggestions", "text"], keys);

        var auditor = await factory.ClientAsAsync(ClaimsmithRoles.Auditor);
        (status, _, _) = await auditor.SendAsync(HttpMethod.Post, "/api/coding/suggest", new { text = Note, dateOfService = "2026-03-02" });
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    private async Task<(HttpClient Coder, string EncounterId, string DocumentId)> EncounterWithNoteAsync(string text)
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var coder = await CoderAsync();
        var org = await admin.CreateAsync("/api/organizations", new { name = "Hazel Family Medicine", kind = "Practice", taxId = "551226666", npi = ApiSeed.NpiFor("500000001"), taxonomy = "207Q00000X", address = ApiClient.Address() });
        var patient = await biller.CreateAsync("/api/patients", new { organizationId = (string)org["id"]!, accountNumber = "C" + Guid.NewGuid().ToString("N")[..8], lastName = "Vale", firstName = "Jo", birthDate = "1964-04-04", sex = "Female", address = ApiClient.Address() });
        var encounter = await coder.CreateAsync("/api/encounters", new { patientId = (string)patient["id"]!, serviceFrom = "2026-03-02", diagnoses = Array.Empty<object>(), charges = Array.Empty<object>() });
        var id = (string)encounter["id"]!;
        var doc = await coder.CreateAsync($"/api/encounters/{id}/documents", new { title = "Progress note", kind = "progress note", text });
        return (coder, id, (string)doc["id"]!);
    }

    [Fact]
    public async Task EncounterSuggestions_AreStored_AndDecisionsGiveStatistics()
    {
        var (coder, encounterId, documentId) = await EncounterWithNoteAsync(Note);
        var (status, set, _) = await coder.SendAsync(HttpMethod.Post, $"/api/encounters/{encounterId}/suggestions", new { });
        Assert.True(status == HttpStatusCode.Created, set?.ToJsonString());
        var setId = (string)set!["id"]!;
        Assert.Equal("Outpatient", (string?)set["setting"]);
        var suggestions = set["suggestions"]!.AsArray();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Equal(documentId, (string?)s!["documentId"]));
        var first = suggestions[0]!;
        var firstEvidence = first["evidence"]!.AsArray()[0]!;
        Assert.Equal((string?)firstEvidence["text"], Note.Substring((int)firstEvidence["start"]!, (int)firstEvidence["length"]!));

        // Stored: read back the same set with its evidence and rationale.
        (status, var again, _) = await coder.SendAsync(HttpMethod.Get, $"/api/encounters/{encounterId}/suggestions/{setId}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(suggestions.Count, again!["suggestions"]!.AsArray().Count);
        Assert.Equal(first.ToJsonString(), again["suggestions"]![0]!.ToJsonString());

        // Accept the first, change the second (if any) to another code, add a missed code.
        var decisions = new List<object> { new { suggestionId = (string)first["id"]!, kind = "Accepted" } };
        var changedFrom = suggestions.Count > 1 ? (string)suggestions[1]!["code"]! : null;
        if (changedFrom is not null)
        {
            decisions.Add(new { suggestionId = (string)suggestions[1]!["id"]!, kind = "Changed", code = "Z80.0" });
        }

        decisions.Add(new { kind = "Added", code = "Z80.0" });
        (status, var stored, _) = await coder.SendAsync(HttpMethod.Post, $"/api/encounters/{encounterId}/suggestions/{setId}/decisions", new { decisions });
        Assert.True(status == HttpStatusCode.OK, stored?.ToJsonString());
        Assert.Equal(decisions.Count, stored!.AsArray().Count);
        Assert.All(stored.AsArray(), d => Assert.Equal(ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder), (string?)d!["coder"]));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var rows = await db.CodingDecisions.Where(d => d.SetId == Guid.Parse(setId)).ToListAsync(Ct);
            Assert.Equal(decisions.Count, rows.Count);
            var accepted = rows.Single(r => r.Kind == Claimsmith.Coding.Decisions.DecisionKind.Accepted);
            Assert.Equal((string)first["code"]!, accepted.FinalCode);
            Assert.Equal(Guid.Parse((string)first["id"]!), accepted.SuggestionId);
            Assert.InRange(accepted.DecidedAt, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1));
            accepted.Coder = "someone else";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        }

        var auditor = await factory.ClientAsAsync(ClaimsmithRoles.Auditor);
        (status, var stats, _) = await auditor.SendAsync(HttpMethod.Get, $"/api/coding/decisions/stats?coder={Uri.EscapeDataString(ClaimsmithWebFactory.Email(ClaimsmithRoles.Coder))}");
        Assert.True(status == HttpStatusCode.OK, stats?.ToJsonString());
        var codes = stats!["codes"]!.AsArray();
        var acceptedStats = codes.Single(c => (string?)c!["code"] == (string)first["code"]!)!;
        Assert.True((int)acceptedStats["accepted"]! >= 1);
        Assert.Equal((int)acceptedStats["accepted"]!, (int)acceptedStats["suggested"]!);
        Assert.Equal(1.0, (double)acceptedStats["acceptanceRate"]!);
        Assert.Equal(1.0, (double)acceptedStats["precision"]!);

        // Z80.0 was never suggested but reported (changed to, added): recall 0, precision undefined.
        var missed = codes.Single(c => (string?)c!["code"] == "Z800")!;
        Assert.Equal(0, (int)missed["suggested"]!);
        Assert.True((int)missed["reported"]! >= 1);
        Assert.Equal(0.0, (double)missed["recall"]!);
        Assert.Null(missed["precision"]);
        if (changedFrom is not null)
        {
            var changed = codes.Single(c => (string?)c!["code"] == changedFrom)!;
            Assert.Equal(0.0, (double)changed["acceptanceRate"]!);
        }

        Assert.True((int)stats["decisions"]! >= decisions.Count);
    }

    [Fact]
    public async Task Decisions_AreValidated()
    {
        var (coder, encounterId, _) = await EncounterWithNoteAsync(Note);
        var (_, set, _) = await coder.SendAsync(HttpMethod.Post, $"/api/encounters/{encounterId}/suggestions", new { });
        var setId = (string)set!["id"]!;
        var suggestion = set["suggestions"]!.AsArray()[0]!;
        var (status, problem, _) = await coder.SendAsync(HttpMethod.Post, $"/api/encounters/{encounterId}/suggestions/{setId}/decisions", new
        {
            decisions = new object[]
            {
                new { suggestionId = Guid.NewGuid(), kind = "Accepted" },
                new { suggestionId = (string)suggestion["id"]!, kind = "Changed" },
                new { suggestionId = (string)suggestion["id"]!, kind = "Changed", code = (string)suggestion["code"]! },
                new { kind = "Added", code = "not a code" },
                new { suggestionId = (string)suggestion["id"]! },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var keys = problem!["errors"]!.AsObject().Select(e => e.Key).Order().ToArray();
        Assert.Equal(["decisions[0].suggestionId", "decisions[1].code", "decisions[2].code", "decisions[3].code", "decisions[4].kind"], keys);

        (status, _, _) = await coder.SendAsync(HttpMethod.Post, $"/api/encounters/{encounterId}/suggestions/{Guid.NewGuid()}/decisions", new { decisions = new[] { new { kind = "Added", code = "I10" } } });
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task EncounterWithoutDocuments_Is422()
    {
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var coder = await CoderAsync();
        var org = await admin.CreateAsync("/api/organizations", new { name = "Empty Notes Clinic", kind = "Practice", taxId = "661227777", npi = ApiSeed.NpiFor("600000001"), address = ApiClient.Address() });
        var patient = await (await factory.ClientAsAsync(ClaimsmithRoles.Biller)).CreateAsync("/api/patients", new { organizationId = (string)org["id"]!, accountNumber = "E" + Guid.NewGuid().ToString("N")[..8], lastName = "Rook", firstName = "Sam", birthDate = "1990-01-01", sex = "Male", address = ApiClient.Address() });
        var encounter = await coder.CreateAsync("/api/encounters", new { patientId = (string)patient["id"]!, serviceFrom = "2026-03-02", diagnoses = Array.Empty<object>(), charges = Array.Empty<object>() });
        var (status, problem, _) = await coder.SendAsync(HttpMethod.Post, $"/api/encounters/{(string)encounter["id"]!}/suggestions", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("https://claimsmith.dev/problems/no-documents", (string?)problem!["type"]);
        (status, _, _) = await coder.SendAsync(HttpMethod.Post, $"/api/encounters/{Guid.NewGuid()}/suggestions", new { });
        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}

public sealed class SqliteCodingApiTests(RealCodeSetsWebFactory factory) : CodingApiTests(factory), IClassFixture<RealCodeSetsWebFactory>;

public sealed class PostgresCodingApiTests(RealCodeSetsPostgresWebFactory factory) : CodingApiTests(factory), IClassFixture<RealCodeSetsPostgresWebFactory>;

/// <summary>Without an imported code-set snapshot no note can be coded: a 503 that says how to import.</summary>
public sealed class CodingWithoutCodeSetsTests(NoCodeSetsWebFactory factory) : IClassFixture<NoCodeSetsWebFactory>
{
    [Fact]
    public async Task Suggest_Is503_SayingHowToImport()
    {
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var (status, problem, _) = await coder.SendAsync(HttpMethod.Post, "/api/coding/suggest", new { text = "Essential hypertension.", dateOfService = "2026-03-02" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("claimsmith codes import", (string?)problem!["detail"], StringComparison.Ordinal);
    }
}
