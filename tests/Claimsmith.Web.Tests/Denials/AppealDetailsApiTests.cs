using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests.Denials;

/// <summary>
/// <c>PUT /api/appeals/{id}/details</c> on an appeal of a denial posted from an 835: the letter
/// takes the new text and loses its blank, bad input is a 400 with the field, a stale version a
/// 409, a decided appeal a 409, roles without Billing a 403, and every call is in the audit log.
/// Runs on SQLite and, with CLAIMSMITH_TEST_POSTGRES, on PostgreSQL.
/// </summary>
public abstract class AppealDetailsApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(DeniedClaimSeed.Seeded Seed, string AppealId, HttpClient Biller)> OpenAppealAsync(string tag)
    {
        factory.SkipIfUnavailable();
        var seed = await DeniedClaimSeed.CreateAsync(factory.Services, tag, appealWindowDays: 90, daysAgo: 5, Ct);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var appeal = await biller.CreateAsync("/api/appeals", new
        {
            claimId = seed.ClaimId,
            denialDate = seed.RemittanceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            denialCodes = "CO-197, N54",
            amountAppealed = DeniedClaimSeed.DeniedCharge,
        });
        return (seed, (string)appeal["id"]!, biller);
    }

    [Fact]
    public async Task Details_CompleteTheLetter_AndAreAudited()
    {
        var (_, id, biller) = await OpenAppealAsync("api" + Guid.NewGuid().ToString("N")[..4]);
        var (_, before, _) = await biller.SendAsync(HttpMethod.Get, $"/api/appeals/{id}/letter");
        Assert.Contains(before!["missingFields"]!.AsArray(), f => ((string)f!).StartsWith("documents enclosed", StringComparison.Ordinal));

        var (status, body, _) = await biller.SendAsync(HttpMethod.Put, $"/api/appeals/{id}/details",
            new { reason = "Authorization 77A was issued before the visit.", enclosures = "Visit note\nAuthorization 77A", version = 0 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Authorization 77A was issued before the visit.", (string)body!["reason"]!);
        Assert.Contains(body["history"]!.AsArray(), h => (string)h!["action"]! == "edited");

        var (_, after, _) = await biller.SendAsync(HttpMethod.Get, $"/api/appeals/{id}/letter");
        Assert.DoesNotContain(after!["missingFields"]!.AsArray(), f => ((string)f!).StartsWith("documents enclosed", StringComparison.Ordinal));
        Assert.Contains(after["paragraphs"]!.AsArray(), p => (string)p! == "Authorization 77A was issued before the visit.");
        Assert.Equal(["Visit note", "Authorization 77A"], after["enclosures"]!.AsArray().Select(e => (string)e!).ToArray());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "appeal.details.update" && e.RecordIds == id && e.Outcome == AuditOutcome.Success, Ct));
    }

    [Fact]
    public async Task BadInput_StaleVersion_AndDecidedAppeal_AreRefused()
    {
        var (_, id, biller) = await OpenAppealAsync("bad" + Guid.NewGuid().ToString("N")[..4]);
        var (status, body, _) = await biller.SendAsync(HttpMethod.Put, $"/api/appeals/{id}/details", new { lcdReference = new string('L', 101) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["lcdReference"]);

        (status, body, _) = await biller.SendAsync(HttpMethod.Put, $"/api/appeals/{id}/details", new { });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["reason"]);

        (status, _, _) = await biller.SendAsync(HttpMethod.Put, $"/api/appeals/{id}/details", new { reason = "x", version = 42 });
        Assert.Equal(HttpStatusCode.Conflict, status);

        (status, _, _) = await biller.SendAsync(HttpMethod.Put, $"/api/appeals/{Guid.CreateVersion7()}/details", new { reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, status);

        (status, _, _) = await biller.SendAsync(HttpMethod.Post, $"/api/appeals/{id}/decision", new { outcome = "Lost" });
        Assert.Equal(HttpStatusCode.OK, status);
        (status, body, _) = await biller.SendAsync(HttpMethod.Put, $"/api/appeals/{id}/details", new { reason = "too late" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("decided", (string)body!["title"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesWithoutBilling_GetForbidden_AndTheRefusalIsAudited()
    {
        var (_, id, _) = await OpenAppealAsync("rol" + Guid.NewGuid().ToString("N")[..4]);
        foreach (var role in new[] { ClaimsmithRoles.Auditor, ClaimsmithRoles.Coder })
        {
            var client = await factory.ClientAsAsync(role);
            var (status, _, _) = await client.SendAsync(HttpMethod.Put, $"/api/appeals/{id}/details", new { reason = "not mine to change" });
            Assert.Equal(HttpStatusCode.Forbidden, status);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "access.denied" && e.RecordIds == id && e.Outcome == AuditOutcome.Denied, Ct));
        var saved = await db.Appeals.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == Guid.Parse(id), Ct);
        Assert.Equal("", saved.Reason);
    }
}

public sealed class SqliteAppealDetailsApiTests(ClaimsmithWebFactory factory) : AppealDetailsApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresAppealDetailsApiTests(PostgresClaimsmithWebFactory factory) : AppealDetailsApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
