using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Web.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Settings;

/// <summary>
/// Reloading the scrubber's payer rules without a restart (<c>POST /api/payer-rules/reload</c>):
/// a corrected file replaces the rules for every later scrub; a broken file (bad JSON, an unknown
/// claim kind, an incomplete rule, no file) is refused with each problem located and the old
/// rules keep applying; no file configured is a 409; only admins may reload, and every reload is
/// in the audit log. Each test writes the file it needs first, so the order of the tests does not
/// matter. Run on SQLite and on PostgreSQL by the sealed subclasses at the end of the file.
/// </summary>
public abstract class PayerRulesReloadApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // ApiSeed's practice bills payer id SYM01 with 99214 (line 1) and 83036 (line 2).
    private const string OldRules = """
        {
          "payers": [ { "payerId": "RLDP2", "name": "Reload Second Payer", "timelyFilingDays": 120 } ],
          "rules": [
            { "id": "RLD-OLD-99214", "payers": ["SYM01"], "codes": ["99214"], "action": "warn", "message": "Office visits are reviewed" }
          ]
        }
        """;

    private const string NewRules = """
        {
          "payers": [ { "payerId": "RLDP2", "name": "Reload Second Payer", "timelyFilingDays": 120 } ],
          "rules": [
            { "id": "RLD-OLD-99214", "payers": ["SYM01"], "codes": ["99214"], "action": "warn", "message": "Office visits are reviewed" },
            { "id": "RLD-NEW-83036", "payers": ["SYM01", "RLDP3"], "codes": ["83036"], "action": "error", "message": "HbA1c needs the payer's lab authorization",
              "source": "Synthetic Mutual lab policy 2026" }
          ]
        }
        """;

    private string RulesFile => factory.Services.GetRequiredService<IConfiguration>()[ClaimScrubService.PayerRulesKey]!;

    private async Task<HttpClient> AdminAsync() => await factory.ClientAsAsync(ClaimsmithRoles.Admin);

    private async Task<JsonNode> ReloadAsync(string json)
    {
        await File.WriteAllTextAsync(RulesFile, json, Ct);
        var (status, body, _) = await (await AdminAsync()).SendAsync(HttpMethod.Post, "/api/payer-rules/reload");
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        return body!;
    }

    private async Task<JsonNode> RefusedAsync(string? json)
    {
        if (json is null)
        {
            File.Delete(RulesFile);
        }
        else
        {
            await File.WriteAllTextAsync(RulesFile, json, Ct);
        }

        var (status, problem, response) = await (await AdminAsync()).SendAsync(HttpMethod.Post, "/api/payer-rules/reload");
        Assert.True(status == HttpStatusCode.UnprocessableEntity, problem?.ToJsonString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Claimsmith.Web.Settings.PayerRulesApi.RefusedProblem, (string?)problem!["type"]);
        Assert.Contains("unchanged", (string?)problem["title"], StringComparison.Ordinal);
        return problem;
    }

    /// <summary>A draft claim of ApiSeed's practice: 99214 on line 1, 83036 on line 2, payer SYM01.</summary>
    private async Task<string> ClaimAsync()
    {
        var practice = await ApiSeed.PracticeAsync(factory);
        var insured = await ApiSeed.InsuredAsync(factory, practice, "RLD-" + Guid.NewGuid().ToString("N")[..6]);
        var claim = await ApiSeed.DraftClaimAsync(factory, practice, insured, "2026-04-06");
        return (string)claim["id"]!;
    }

    /// <summary>The rule ids of the claim's scrub findings, with their line.</summary>
    private async Task<List<(string RuleId, int Line)>> FindingsAsync(string claimId)
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, report, _) = await biller.SendAsync(HttpMethod.Post, $"/api/claims/{claimId}/scrub");
        Assert.True(status == HttpStatusCode.OK, report?.ToJsonString());
        return [.. report!["findings"]!.AsArray().Select(f => ((string)f!["ruleId"]!, (int)f["line"]!))];
    }

    private async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action).ToListAsync(Ct);
    }

    private static List<string> RuleIdsInView(JsonNode view) =>
        [.. view["payers"]!.AsArray().SelectMany(g => g!["rules"]!.AsArray()).Select(r => (string)r!["id"]!).Distinct()];

    [Fact]
    public async Task EditedFile_IsReloaded_AndALaterScrubAppliesTheNewRule()
    {
        factory.SkipIfUnavailable();
        var first = await ReloadAsync(OldRules);
        Assert.Equal("Reloaded", (string?)first["outcome"]);
        Assert.Equal(2, (int)first["after"]!["payers"]!); // RLDP2 (profile) and SYM01 (named by the rule)
        Assert.Equal(1, (int)first["after"]!["rules"]!);

        var claim = await ClaimAsync();
        var before = await FindingsAsync(claim);
        Assert.Contains(("RLD-OLD-99214", 1), before);
        Assert.DoesNotContain(before, f => f.RuleId == "RLD-NEW-83036");

        // A scrub that started before the reload holds the set it read; it is never changed under it.
        var scrubber = factory.Services.GetRequiredService<ClaimScrubService>();
        var held = scrubber.PayerRules;

        var second = await ReloadAsync(NewRules);
        Assert.Equal(2, (int)second["before"]!["payers"]!);
        Assert.Equal(1, (int)second["before"]!["rules"]!);
        Assert.Equal(3, (int)second["after"]!["payers"]!);
        Assert.Equal(2, (int)second["after"]!["rules"]!);
        Assert.Equal(["RLD-NEW-83036"], second["added"]!.AsArray().Select(a => (string)a!));
        Assert.Empty(second["removed"]!.AsArray());
        Assert.Empty(second["changed"]!.AsArray());
        Assert.Equal("Reloaded: 3 payers, 2 rules in force (before: 2 payers, 1 rule); added RLD-NEW-83036.", (string?)second["summary"]);
        Assert.Contains("RLD-NEW-83036", RuleIdsInView(second["rules"]!));
        Assert.Empty(second["rules"]!["problems"]!.AsArray());

        Assert.Equal(["RLD-OLD-99214"], held.Rules.Rules.Select(r => r.Id));
        Assert.NotSame(held, scrubber.PayerRules);

        // The next scrub runs the new rule (an error on the HbA1c line), and the old one still.
        var after = await FindingsAsync(claim);
        Assert.Contains(("RLD-NEW-83036", 2), after);
        Assert.Contains(("RLD-OLD-99214", 1), after);

        // The read endpoint shows the rules now in force.
        var (status, view, _) = await (await AdminAsync()).SendAsync(HttpMethod.Get, "/api/payer-rules");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("RLD-NEW-83036", RuleIdsInView(view!));

        // A rule changed in place is reported as changed, a dropped one as removed.
        var third = await ReloadAsync(NewRules.Replace("Office visits are reviewed", "Office visits are reviewed first", StringComparison.Ordinal).Replace("\"error\"", "\"warn\"", StringComparison.Ordinal));
        Assert.Equal(["RLD-OLD-99214", "RLD-NEW-83036"], third["changed"]!.AsArray().Select(a => (string)a!));
        var fourth = await ReloadAsync(OldRules);
        Assert.Equal(["RLD-NEW-83036"], fourth["removed"]!.AsArray().Select(a => (string)a!));
        Assert.DoesNotContain(await FindingsAsync(claim), f => f.RuleId == "RLD-NEW-83036");

        var admin = ClaimsmithWebFactory.Email(ClaimsmithRoles.Admin);
        Assert.True((await AuditAsync("payer-rules.reload")).Count(e => e.UserName == admin && e.Outcome == AuditOutcome.Success && e.RecordType == "PayerRules") >= 4);
    }

    [Fact]
    public async Task BrokenFile_IsRefusedWithLocatedProblems_AndTheOldRulesKeepApplying()
    {
        factory.SkipIfUnavailable();
        await ReloadAsync(OldRules);
        var claim = await ClaimAsync();
        Assert.Contains(("RLD-OLD-99214", 1), await FindingsAsync(claim));

        // Bad JSON: a missing comma between two members, on line 5 of the file.
        var badJson = NewRules.Replace("\"action\": \"error\",", "\"action\": \"error\"", StringComparison.Ordinal);
        var problem = await RefusedAsync(badJson);
        var p = problem["problems"]!.AsArray().Single()!;
        Assert.Equal("rules.json-invalid", (string?)p["code"]);
        Assert.Equal("payer-rules.json", (string?)p["file"]);
        Assert.Equal(5, (int)p["line"]!);
        Assert.StartsWith("payer-rules.json:5:", (string?)p["text"], StringComparison.Ordinal);
        Assert.Equal(2, (int)problem["inForce"]!["payers"]!);
        Assert.Equal(1, (int)problem["inForce"]!["rules"]!);

        // An unknown claim kind on line 5: refused there, naming the property.
        var unknownKind = NewRules.Replace("\"codes\": [\"83036\"],", "\"codes\": [\"83036\"], \"kind\": \"dental\",", StringComparison.Ordinal);
        p = (await RefusedAsync(unknownKind))["problems"]!.AsArray().Single()!;
        Assert.Equal("rules.json-invalid", (string?)p["code"]);
        Assert.Equal(5, (int)p["line"]!);
        Assert.Contains("kind", (string?)p["message"], StringComparison.Ordinal);

        // An incomplete rule: the whole file is refused (the first read would have skipped only that rule), naming the rule.
        var incomplete = NewRules.Replace("\"action\": \"error\",", "\"action\": \"require-modifier\",", StringComparison.Ordinal);
        p = (await RefusedAsync(incomplete))["problems"]!.AsArray().Single()!;
        Assert.Equal("rules.rule-invalid", (string?)p["code"]);
        Assert.Contains("RLD-NEW-83036", (string?)p["message"], StringComparison.Ordinal);
        Assert.Contains("modifier", (string?)p["message"], StringComparison.Ordinal);

        // No file at all.
        p = (await RefusedAsync(null))["problems"]!.AsArray().Single()!;
        Assert.Equal("rules.missing", (string?)p["code"]);

        // After all that the old rules are still the ones in force, and nothing of the new ones runs.
        var findings = await FindingsAsync(claim);
        Assert.Contains(("RLD-OLD-99214", 1), findings);
        Assert.DoesNotContain(findings, f => f.RuleId == "RLD-NEW-83036");
        var (_, view, _) = await (await AdminAsync()).SendAsync(HttpMethod.Get, "/api/payer-rules");
        Assert.Equal(["RLD-OLD-99214"], RuleIdsInView(view!));

        var admin = ClaimsmithWebFactory.Email(ClaimsmithRoles.Admin);
        Assert.True((await AuditAsync("payer-rules.reload")).Count(e => e.UserName == admin && e.Outcome == AuditOutcome.Rejected) >= 4);
    }

    [Fact]
    public async Task NoFileConfigured_IsAConflict_AndTheRulesInForceStay()
    {
        factory.SkipIfUnavailable();
        await ReloadAsync(OldRules);
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        var path = RulesFile;
        // The setting is read again on every reload (a changed appsettings.json is followed).
        configuration[ClaimScrubService.PayerRulesKey] = "";
        try
        {
            var (status, problem, _) = await (await AdminAsync()).SendAsync(HttpMethod.Post, "/api/payer-rules/reload");
            Assert.True(status == HttpStatusCode.Conflict, problem?.ToJsonString());
            Assert.Equal(Claimsmith.Web.Settings.PayerRulesApi.NotConfiguredProblem, (string?)problem!["type"]);
            Assert.Contains("Claimsmith:Scrubber:PayerRules", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Equal(1, (int)problem["inForce"]!["rules"]!);
        }
        finally
        {
            configuration[ClaimScrubService.PayerRulesKey] = path;
        }

        Assert.Equal(["RLD-OLD-99214"], factory.Services.GetRequiredService<ClaimScrubService>().PayerRules.Rules.Rules.Select(r => r.Id));
    }

    [Fact]
    public async Task BillersAndCoders_MayNotReload_AndTheRefusalIsAudited()
    {
        factory.SkipIfUnavailable();
        await ReloadAsync(OldRules);
        await File.WriteAllTextAsync(RulesFile, NewRules, Ct);
        foreach (var role in new[] { ClaimsmithRoles.Biller, ClaimsmithRoles.Coder })
        {
            var client = await factory.ClientAsAsync(role);
            var (status, _, _) = await client.SendAsync(HttpMethod.Post, "/api/payer-rules/reload");
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Contains(await AuditAsync("access.denied"), e => e.UserName == ClaimsmithWebFactory.Email(role) && (e.Detail ?? "").Contains("/api/payer-rules/reload", StringComparison.Ordinal));
        }

        // Nothing was reloaded by them.
        Assert.Equal(["RLD-OLD-99214"], factory.Services.GetRequiredService<ClaimScrubService>().PayerRules.Rules.Rules.Select(r => r.Id));
    }
}

public sealed class SqlitePayerRulesReloadApiTests(PayerRulesReloadWebFactory factory) : PayerRulesReloadApiTests(factory), IClassFixture<PayerRulesReloadWebFactory>;

public sealed class PostgresPayerRulesReloadApiTests(PostgresPayerRulesReloadWebFactory factory) : PayerRulesReloadApiTests(factory), IClassFixture<PostgresPayerRulesReloadWebFactory>;
