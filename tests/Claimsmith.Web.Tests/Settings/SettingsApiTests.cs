using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Settings;

/// <summary>
/// The settings APIs: payers (appeal window, validation, stale edits, audit), the practice fee
/// schedule (validation, overlaps, stale edits, delete, CSV import all or nothing), payer contract
/// rates, and the coding save pricing charge lines from the fee schedule. Run on SQLite and on
/// PostgreSQL by the sealed subclasses at the end of the file.
/// </summary>
public abstract class SettingsApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private async Task<string> OrganizationAsync(HttpClient admin, string name) =>
        (string)(await admin.CreateAsync("/api/organizations", new { name, kind = "Practice", taxId = "111223333", npi = ApiSeed.NpiFor("100000001"), taxonomy = "208000000X", address = ApiClient.Address() }))["id"]!;

    private async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action).ToListAsync(Ct);
    }

    private static void AssertProblemNames(JsonNode? problem, params string[] fields)
    {
        var errors = problem?["errors"]?.AsObject();
        Assert.True(errors is not null, problem?.ToJsonString());
        foreach (var f in fields)
        {
            Assert.True(errors!.ContainsKey(f), $"no error for {f}: {problem!.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Payer_AppealWindow_IsSavedValidatedAudited_AndAStaleEditIsAConflict()
    {
        factory.SkipIfUnavailable();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var payer = await admin.CreateAsync("/api/payers", new { name = "Settings Mutual " + Tag(), payerIdentifier = "SM" + Tag(), timelyFilingDays = 180, appealWindowDays = 45 });
        var id = (string)payer["id"]!;
        Assert.Equal(45, (int?)payer["appealWindowDays"]);

        var name = (string)payer["name"]!;
        var payerIdentifier = (string)payer["payerIdentifier"]!;
        object Body(int? window, long version) => new { name, payerIdentifier, claimFilingIndicator = "CI", timelyFilingDays = 180, appealWindowDays = window, version };

        // Out of range: a problem naming the field; nothing changes.
        var (status, problem, _) = await admin.SendAsync(HttpMethod.Put, $"/api/payers/{id}", Body(0, 0));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertProblemNames(problem, "appealWindowDays");

        (status, var saved, _) = await admin.SendAsync(HttpMethod.Put, $"/api/payers/{id}", Body(60, 0));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(60, (int?)saved!["appealWindowDays"]);
        Assert.Equal(1, (long?)saved["version"]);

        // Someone saved in between: the edit based on version 0 is refused, and says so.
        (status, problem, _) = await admin.SendAsync(HttpMethod.Put, $"/api/payers/{id}", Body(90, 0));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("https://claimsmith.dev/problems/concurrency", (string?)problem!["type"]);
        (_, var read, _) = await biller.SendAsync(HttpMethod.Get, $"/api/payers/{id}");
        Assert.Equal(60, (int?)read!["appealWindowDays"]);

        // Empty means the default window again.
        (status, saved, _) = await admin.SendAsync(HttpMethod.Put, $"/api/payers/{id}", Body(null, 1));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(saved!["appealWindowDays"]);

        // Billers read payers but do not change them.
        (status, _, _) = await biller.SendAsync(HttpMethod.Put, $"/api/payers/{id}", Body(30, 2));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, _, _) = await biller.SendAsync(HttpMethod.Post, "/api/payers", new { name = "Nope", payerIdentifier = "NOPE1" });
        Assert.Equal(HttpStatusCode.Forbidden, status);

        var admins = ClaimsmithWebFactory.Email(ClaimsmithRoles.Admin);
        Assert.Contains(await AuditAsync("payer.create"), e => e.UserName == admins && (e.RecordIds ?? "").Contains(id, StringComparison.Ordinal) && e.Outcome == AuditOutcome.Success);
        var updates = await AuditAsync("payer.update");
        Assert.Contains(updates, e => e.UserName == admins && (e.RecordIds ?? "").Contains(id, StringComparison.Ordinal) && e.Outcome == AuditOutcome.Success);
        Assert.Contains(updates, e => (e.RecordIds ?? "").Contains(id, StringComparison.Ordinal) && e.Outcome != AuditOutcome.Success);
        Assert.Contains(await AuditAsync("access.denied"), e => e.UserName == ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller));
    }

    [Fact]
    public async Task FeeSchedule_Rows_AreValidatedKeptApartVersionedAndAudited()
    {
        factory.SkipIfUnavailable();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var org = await OrganizationAsync(admin, "Fee Practice " + Tag());

        var first = await admin.CreateAsync("/api/fee-schedules", new { organizationId = org, procedureCode = "99213", amount = 125.00m, effectiveFrom = "2026-01-01" });
        var firstId = (string)first["id"]!;
        Assert.Equal(125.00m, (decimal?)first["amount"]);
        Assert.Equal(org, (string?)first["organizationId"]);
        Assert.Null(first["effectiveTo"]?.GetValue<string>());

        // Bad shape, fractions of a cent, a period that ends before it starts: each field named.
        var (status, problem, _) = await admin.SendAsync(HttpMethod.Post, "/api/fee-schedules",
            new { organizationId = org, procedureCode = "ABC12", modifier = "X", amount = 1.005m, effectiveFrom = "2026-02-01", effectiveTo = "2026-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertProblemNames(problem, "procedureCode", "modifier", "amount", "effectiveTo");
        (status, problem, _) = await admin.SendAsync(HttpMethod.Post, "/api/fee-schedules", new { organizationId = org, procedureCode = "99213", amount = -1m, effectiveFrom = "2026-02-01" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertProblemNames(problem, "amount");

        // The same code without a modifier over dates already covered: a conflict naming the dates.
        (status, problem, _) = await admin.SendAsync(HttpMethod.Post, "/api/fee-schedules", new { organizationId = org, procedureCode = "99213", amount = 130m, effectiveFrom = "2026-06-01" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        AssertProblemNames(problem, "effectiveFrom");
        Assert.Equal(firstId, (string?)problem!["conflictingId"]);

        // With a modifier it is another charge.
        await admin.CreateAsync("/api/fee-schedules", new { organizationId = org, procedureCode = "99213", modifier = "25", amount = 140m, effectiveFrom = "2026-06-01" });

        // End the first row, then the new price fits after it.
        (status, var ended, _) = await admin.SendAsync(HttpMethod.Put, $"/api/fee-schedules/{firstId}", new { procedureCode = "99213", amount = 125.00m, effectiveFrom = "2026-01-01", effectiveTo = "2026-05-31", version = 0 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (long?)ended!["version"]);
        var second = await admin.CreateAsync("/api/fee-schedules", new { organizationId = org, procedureCode = "99213", amount = 130m, effectiveFrom = "2026-06-01" });

        // A stale edit and a stale delete are conflicts.
        (status, problem, _) = await admin.SendAsync(HttpMethod.Put, $"/api/fee-schedules/{firstId}", new { procedureCode = "99213", amount = 99m, effectiveFrom = "2026-01-01", effectiveTo = "2026-05-31", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("https://claimsmith.dev/problems/concurrency", (string?)problem!["type"]);
        (status, _, _) = await admin.SendAsync(HttpMethod.Delete, $"/api/fee-schedules/{firstId}?version=0");
        Assert.Equal(HttpStatusCode.Conflict, status);

        // Billers read the schedule for a date of service; coders do not; only admins change it.
        (status, var page, _) = await biller.SendAsync(HttpMethod.Get, $"/api/fee-schedules?organizationId={org}&code=99213&on=2026-07-01");
        Assert.Equal(HttpStatusCode.OK, status);
        var items = page!["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Contains(items, i => (string?)i!["id"] == (string?)second["id"] && (decimal?)i["amount"] == 130m);
        Assert.Contains(items, i => (string?)i!["modifier"] == "25");
        (status, _, _) = await coder.SendAsync(HttpMethod.Get, "/api/fee-schedules");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, _, _) = await biller.SendAsync(HttpMethod.Post, "/api/fee-schedules", new { organizationId = org, procedureCode = "99214", amount = 10m, effectiveFrom = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, _, _) = await biller.SendAsync(HttpMethod.Delete, $"/api/fee-schedules/{firstId}");
        Assert.Equal(HttpStatusCode.Forbidden, status);

        (status, _, _) = await admin.SendAsync(HttpMethod.Delete, $"/api/fee-schedules/{firstId}?version=1");
        Assert.Equal(HttpStatusCode.NoContent, status);
        (status, _, _) = await admin.SendAsync(HttpMethod.Get, $"/api/fee-schedules/{firstId}");
        Assert.Equal(HttpStatusCode.NotFound, status);

        var admins = ClaimsmithWebFactory.Email(ClaimsmithRoles.Admin);
        Assert.Contains(await AuditAsync("fee-schedule.create"), e => e.UserName == admins && e.OrganizationId == Guid.Parse(org) && (e.RecordIds ?? "").Contains(firstId, StringComparison.Ordinal));
        Assert.Contains(await AuditAsync("fee-schedule.update"), e => e.UserName == admins && e.Outcome == AuditOutcome.Success && (e.RecordIds ?? "").Contains(firstId, StringComparison.Ordinal));
        Assert.Contains(await AuditAsync("fee-schedule.delete"), e => e.UserName == admins && e.Outcome == AuditOutcome.Success && (e.RecordIds ?? "").Contains(firstId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FeeSchedule_Import_IsAllOrNothing_AndNamesLineAndColumn()
    {
        factory.SkipIfUnavailable();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var org = await OrganizationAsync(admin, "Import Practice " + Tag());

        async Task<(HttpStatusCode, JsonNode?)> ImportAsync(string csv)
        {
            using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
            using var response = await admin.PostAsync(new Uri($"/api/fee-schedules/import?organizationId={org}", UriKind.Relative), content, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
        }

        // Line 3 has a bad amount, line 4 a bad date, line 5 overlaps line 2: nothing is saved.
        var (status, problem) = await ImportAsync("code,modifier,amount,from,to\n99213,,125.00,2026-01-01,\n99214,,abc,2026-01-01,\n99215,,200,01/01/2026,\n99213,,130,2026-03-01,\n");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertProblemNames(problem, "line 3, column 3 (amount)", "line 4, column 4 (from)", "line 5, column 4 (from)");
        (_, var page, _) = await admin.SendAsync(HttpMethod.Get, $"/api/fee-schedules?organizationId={org}");
        Assert.Equal(0, (int?)page!["total"]);

        (status, var result) = await ImportAsync("99213,,125.00,2026-01-01,2026-02-28\n99213,,130.00,2026-03-01,\n\"J0696\",\"\",\"12.50\",2026-01-01,\n");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, (int?)result!["imported"]);
        (_, page, _) = await admin.SendAsync(HttpMethod.Get, $"/api/fee-schedules?organizationId={org}&on=2026-03-15");
        Assert.Equal(2, (int?)page!["total"]);

        // Against what is saved now: an overlap with a saved row is named too.
        (status, problem) = await ImportAsync("J0696,,13.00,2026-06-01,\n");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertProblemNames(problem, "line 1, column 4 (from)");
    }

    [Fact]
    public async Task ContractRates_AreValidatedUniqueVersionedAndAudited()
    {
        factory.SkipIfUnavailable();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var payerId = (string)(await admin.CreateAsync("/api/payers", new { name = "Rate Mutual " + Tag(), payerIdentifier = "RM" + Tag() }))["id"]!;
        var url = $"/api/payers/{payerId}/contract-rates";

        var rate = await admin.CreateAsync(url, new { procedureCode = "20610", modifier = "rt", allowed = 250.00m });
        var rateId = (string)rate["id"]!;
        Assert.Equal("RT", (string?)rate["modifier"]);

        var (status, problem, _) = await admin.SendAsync(HttpMethod.Post, url, new { procedureCode = "2061", allowed = 10.001m });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertProblemNames(problem, "procedureCode", "allowed");
        (status, problem, _) = await admin.SendAsync(HttpMethod.Post, url, new { procedureCode = "20610", modifier = "RT", allowed = 1m });
        Assert.Equal(HttpStatusCode.Conflict, status);
        AssertProblemNames(problem, "procedureCode");

        (status, var saved, _) = await admin.SendAsync(HttpMethod.Put, $"{url}/{rateId}", new { procedureCode = "20610", modifier = "RT", allowed = 260m, version = 0 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(260m, (decimal?)saved!["allowed"]);
        (status, _, _) = await admin.SendAsync(HttpMethod.Put, $"{url}/{rateId}", new { procedureCode = "20610", modifier = "RT", allowed = 270m, version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, status);

        (status, var list, _) = await biller.SendAsync(HttpMethod.Get, url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(260m, (decimal?)list!.AsArray().Single()!["allowed"]);
        (status, _, _) = await biller.SendAsync(HttpMethod.Post, url, new { procedureCode = "99213", allowed = 80m });
        Assert.Equal(HttpStatusCode.Forbidden, status);

        // Remittance posting reads the same rows (underpayment checks).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var stored = await db.PayerContractRates.AsNoTracking().SingleAsync(r => r.PayerId == Guid.Parse(payerId), Ct);
            Assert.Equal(Money.Of(260m), stored.Allowed);
        }

        (status, _, _) = await admin.SendAsync(HttpMethod.Delete, $"{url}/{rateId}?version=1");
        Assert.Equal(HttpStatusCode.NoContent, status);
        var admins = ClaimsmithWebFactory.Email(ClaimsmithRoles.Admin);
        Assert.Contains(await AuditAsync("payer.contract-rates.change"), e => e.UserName == admins && (e.RecordIds ?? "").Contains(rateId, StringComparison.Ordinal));
        Assert.Contains(await AuditAsync("payer.contract-rates.update"), e => e.UserName == admins && e.Outcome == AuditOutcome.Success);
        Assert.Contains(await AuditAsync("payer.contract-rates.delete"), e => e.UserName == admins && e.Outcome == AuditOutcome.Success);
    }

    [Fact]
    public async Task FeeScheduleAndContractRateEdits_RefuseInTheSameOrder_FieldsClashVersion()
    {
        factory.SkipIfUnavailable();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var org = await OrganizationAsync(admin, "Edit Order Practice " + Tag());
        var fees = "/api/fee-schedules";
        var feeId = (string)(await admin.CreateAsync(fees, new { organizationId = org, procedureCode = "99213", amount = 125.00m, effectiveFrom = "2026-01-01", effectiveTo = "2026-05-31" }))["id"]!;
        await admin.CreateAsync(fees, new { organizationId = org, procedureCode = "99213", amount = 130.00m, effectiveFrom = "2026-06-01" });
        var payerId = (string)(await admin.CreateAsync("/api/payers", new { name = "Edit Order Mutual " + Tag(), payerIdentifier = "EO" + Tag() }))["id"]!;
        var rates = $"/api/payers/{payerId}/contract-rates";
        var rateId = (string)(await admin.CreateAsync(rates, new { procedureCode = "20610", allowed = 250.00m }))["id"]!;
        await admin.CreateAsync(rates, new { procedureCode = "20610", modifier = "RT", allowed = 260.00m });

        // Field problems come before the clash and the version, under the API's own title.
        var (status, problem, _) = await admin.SendAsync(HttpMethod.Put, $"{fees}/{feeId}", new { procedureCode = "99213", amount = -1m, effectiveFrom = "2026-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The fee schedule row was not saved.", (string?)problem!["title"]);
        AssertProblemNames(problem, "amount");
        (status, problem, _) = await admin.SendAsync(HttpMethod.Put, $"{rates}/{rateId}", new { procedureCode = "2061", allowed = 1m });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The contract rate was not saved.", (string?)problem!["title"]);
        AssertProblemNames(problem, "procedureCode");

        // A clash with another row comes before the version: the 409 of each API's own rule.
        (status, problem, _) = await admin.SendAsync(HttpMethod.Put, $"{fees}/{feeId}", new { procedureCode = "99213", amount = 125.00m, effectiveFrom = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("https://claimsmith.dev/problems/fee-schedule-overlap", (string?)problem!["type"]);
        AssertProblemNames(problem, "effectiveFrom");
        (status, problem, _) = await admin.SendAsync(HttpMethod.Put, $"{rates}/{rateId}", new { procedureCode = "20610", modifier = "RT", allowed = 1m });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("https://claimsmith.dev/problems/contract-rate-exists", (string?)problem!["type"]);
        AssertProblemNames(problem, "procedureCode", "modifier");

        // A good edit must name its version; a stale If-Match is 412.
        foreach (var (url, body) in new (string, object)[]
        {
            ($"{fees}/{feeId}", new { procedureCode = "99213", amount = 120.00m, effectiveFrom = "2026-01-01", effectiveTo = "2026-05-31" }),
            ($"{rates}/{rateId}", new { procedureCode = "20610", allowed = 240.00m }),
        })
        {
            (status, problem, _) = await admin.SendAsync(HttpMethod.Put, url, body);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            AssertProblemNames(problem, "version");
            (status, problem, _) = await admin.SendAsync(HttpMethod.Put, url, body, ifMatch: "\"7\"");
            Assert.Equal(HttpStatusCode.PreconditionFailed, status);
            Assert.Equal("https://claimsmith.dev/problems/concurrency", (string?)problem!["type"]);
            (status, var saved, var response) = await admin.SendAsync(HttpMethod.Put, url, body, ifMatch: "\"0\"");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(1, (long?)saved!["version"]);
            Assert.Equal("\"1\"", response.Headers.ETag?.Tag);

            // Removal: a stale If-Match is 412; without a version it is allowed.
            (status, _, _) = await admin.SendAsync(HttpMethod.Delete, url, ifMatch: "\"0\"");
            Assert.Equal(HttpStatusCode.PreconditionFailed, status);
            (status, _, _) = await admin.SendAsync(HttpMethod.Delete, url);
            Assert.Equal(HttpStatusCode.NoContent, status);
            (status, _, _) = await admin.SendAsync(HttpMethod.Delete, url);
            Assert.Equal(HttpStatusCode.NotFound, status);
        }
    }

    [Fact]
    public async Task CodingSave_PricesChargesFromTheFeeSchedule_ForTheDateOfService()
    {
        factory.SkipIfUnavailable();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var org = await OrganizationAsync(admin, "Priced Practice " + Tag());
        var provider = await biller.CreateAsync("/api/providers", new { organizationId = org, lastName = "Reed", firstName = "Ana", npi = ApiSeed.NpiFor("100000002"), taxonomy = "208000000X" });
        var patient = await biller.CreateAsync("/api/patients", new { organizationId = org, accountNumber = "F" + Tag(), lastName = "Pike", firstName = "Lee", birthDate = "1970-05-06", sex = "Female", address = ApiClient.Address() });
        async Task<string> EncounterAsync(string date) => (string)(await coder.CreateAsync("/api/encounters", new
        {
            patientId = (string)patient["id"]!,
            kind = "Professional",
            serviceFrom = date,
            placeOfService = "11",
            renderingProviderId = (string)provider["id"]!,
        }))["id"]!;

        // 99213 costs 125.00 until May, 130.00 from June; 99214 has a row that ended before these visits.
        await admin.CreateAsync("/api/fee-schedules", new { organizationId = org, procedureCode = "99213", amount = 125.00m, effectiveFrom = "2026-01-01", effectiveTo = "2026-05-31" });
        await admin.CreateAsync("/api/fee-schedules", new { organizationId = org, procedureCode = "99213", amount = 130.00m, effectiveFrom = "2026-06-01" });
        await admin.CreateAsync("/api/fee-schedules", new { organizationId = org, procedureCode = "99214", amount = 190.00m, effectiveFrom = "2025-01-01", effectiveTo = "2025-12-31" });

        var march = await EncounterAsync("2026-03-02");
        var (status, saved, _) = await coder.SendAsync(HttpMethod.Post, $"/api/workbench/encounters/{march}/coding", new
        {
            diagnoses = new[] { "J06.9" },
            charges = new object[]
            {
                new { code = "99213", units = 2, charge = (decimal?)null },          // from the schedule: 2 x 125.00
                new { code = "99000", units = 1, charge = 15.00m },                 // not listed: the amount entered
                new { code = "99214", units = 1, charge = 95.00m },                 // listed, but not on this date
            },
        });
        Assert.True(status == HttpStatusCode.OK, saved?.ToJsonString());
        Assert.Equal(1, (int?)saved!["pricedFromFeeSchedule"]);

        var july = await EncounterAsync("2026-07-06");
        (status, saved, _) = await coder.SendAsync(HttpMethod.Post, $"/api/workbench/encounters/{july}/coding", new
        {
            diagnoses = new[] { "J06.9" },
            charges = new object[] { new { code = "99213", units = 1, charge = 100.00m } }, // the schedule's charge wins over a typed one
        });
        Assert.True(status == HttpStatusCode.OK, saved?.ToJsonString());

        // Without a schedule row and without an amount: the problem names the charge, as before.
        var again = await EncounterAsync("2026-07-07");
        (status, var problem, _) = await coder.SendAsync(HttpMethod.Post, $"/api/workbench/encounters/{again}/coding", new
        {
            diagnoses = new[] { "J06.9" },
            charges = new object[] { new { code = "99215", units = 1, charge = (decimal?)null } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertProblemNames(problem, "charges[0].charge");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        db.OrganizationScope = OrganizationScope.Unrestricted;
        var lines = await db.ChargeLines.AsNoTracking().Where(c => c.EncounterId == Guid.Parse(march)).OrderBy(c => c.Sequence).ToListAsync(Ct);
        Assert.Equal([Money.Of(250.00m), Money.Of(15.00m), Money.Of(95.00m)], lines.Select(l => l.Charge));
        var julyLine = await db.ChargeLines.AsNoTracking().SingleAsync(c => c.EncounterId == Guid.Parse(july), Ct);
        Assert.Equal(Money.Of(130.00m), julyLine.Charge);
    }

    [Fact]
    public async Task PayerRules_AreReadOnly_ForAdmins()
    {
        factory.SkipIfUnavailable();
        var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, view, _) = await admin.SendAsync(HttpMethod.Get, "/api/payer-rules");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False((bool)view!["configured"]!);
        Assert.Equal("Claimsmith:Scrubber:PayerRules", (string?)view["configurationKey"]);
        (status, _, _) = await biller.SendAsync(HttpMethod.Get, "/api/payer-rules");
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}

public sealed class SqliteSettingsApiTests(ClaimsmithWebFactory factory) : SettingsApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresSettingsApiTests(PostgresClaimsmithWebFactory factory) : SettingsApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
