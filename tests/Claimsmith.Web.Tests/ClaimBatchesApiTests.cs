using System.Net;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Web.Claims;
using Claimsmith.X12.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Claimsmith.Web.Tests;

/// <summary>
/// POST /api/claims/batches: an 837P batch that passes the X12 validator, recorded with its
/// claims moved to Submitted in one transaction; run on SQLite and PostgreSQL.
/// </summary>
public abstract class ClaimBatchesApiTests(ClaimsmithWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<string>> ReadyClaimsAsync(int count) => ApiSeed.ReadyClaimsAsync(factory, count);

    [Fact]
    public async Task Batch_PassesValidator_SubmitsClaims_AndIsNotExportedTwice()
    {
        var ids = await ReadyClaimsAsync(3);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        var (status, batch, response) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Professional", claimIds = ids });
        Assert.True(status == HttpStatusCode.Created, batch?.ToJsonString());
        Assert.Equal($"/api/claims/batches/{(string)batch!["id"]!}", response.Headers.Location?.OriginalString);
        Assert.Equal(3, (int)batch["claimCount"]!);
        Assert.Equal(ids.Order(), batch["claimIds"]!.AsArray().Select(x => (string)x!).Order());

        using var file = await biller.GetAsync(new Uri((string)batch["fileUrl"]!, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/edi-x12", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"837p-{(long)batch["controlNumber"]!:D9}.x12", file.Content.Headers.ContentDisposition?.FileName);
        var bytes = await file.Content.ReadAsByteArrayAsync(Ct);
        var validation = X12Validator.Validate(bytes);
        Assert.True(validation.IsAccepted, string.Join("\n", validation.Errors));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), (string?)batch["sha256"]);
        Assert.Equal(3, System.Text.Encoding.ASCII.GetString(bytes).Split('~').Count(s => s.TrimStart().StartsWith("CLM*", StringComparison.Ordinal)));

        foreach (var id in ids)
        {
            var (_, claim, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}");
            Assert.Equal("Submitted", (string?)claim!["status"]);
            var (_, history, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{id}/history");
            var last = history!.AsArray()[^1]!;
            Assert.Equal("Ready", (string?)last["from"]);
            Assert.Equal("Submitted", (string?)last["to"]);
            Assert.Equal(ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller), (string?)last["by"]);
        }

        // The same claims again: they are no longer Ready.
        (status, var again, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Professional", claimIds = ids });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("claimIds", again!["errors"]!.AsObject().Select(e => e.Key));

        // All Ready professional claims: whatever other tests in this class left Ready may go,
        // but never the claims already submitted, and an empty selection is a 422 problem.
        (status, again, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Professional" });
        if (status == HttpStatusCode.Created)
        {
            Assert.DoesNotContain(again!["claimIds"]!.AsArray().Select(x => (string)x!), ids.Contains);
            (status, again, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Professional" });
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("https://claimsmith.dev/problems/batch-empty", (string?)again!["type"]);

        (status, var list, _) = await biller.SendAsync(HttpMethod.Get, "/api/claims/batches");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(list!["items"]!.AsArray(), b => (string?)b!["id"] == (string?)batch["id"]);
    }

    [Fact]
    public async Task Batch_Default_TakesAllReadyClaimsOfTheKind()
    {
        var ids = await ReadyClaimsAsync(2);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, batch, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Professional" });
        Assert.True(status == HttpStatusCode.Created, batch?.ToJsonString());
        Assert.Superset(ids.ToHashSet(), batch!["claimIds"]!.AsArray().Select(x => (string)x!).ToHashSet());

        (status, var none, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Institutional" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.NotNull(none);
    }

    [Fact]
    public async Task Batch_BillerMay_CoderMayNot()
    {
        var ids = await ReadyClaimsAsync(1);
        var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        var (status, _, _) = await coder.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Professional", claimIds = ids });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        (status, var claim, _) = await biller.SendAsync(HttpMethod.Get, $"/api/claims/{ids[0]}");
        Assert.Equal("Ready", (string?)claim!["status"]);
        (status, _, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { kind = "Professional", claimIds = ids });
        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task Batch_MissingKind_IsAValidationError()
    {
        var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);
        var (status, problem, _) = await biller.SendAsync(HttpMethod.Post, "/api/claims/batches", new { claimIds = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("kind", problem!["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Batch_RefusedByValidator_Is422WithTheErrors_AndRecordsNothing()
    {
        var ids = (await ReadyClaimsAsync(1)).Select(Guid.Parse).ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        // A submitter ID longer than NM109 allows (80) makes the interchange fail validation.
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ClaimBatchesApi.SettingsSection}:SubmitterName"] = "Synthetic Billing",
            [$"{ClaimBatchesApi.SettingsSection}:SubmitterId"] = new string('9', 81),
            [$"{ClaimBatchesApi.SettingsSection}:ContactName"] = "Desk",
            [$"{ClaimBatchesApi.SettingsSection}:ContactPhone"] = "6145550100",
            [$"{ClaimBatchesApi.SettingsSection}:ReceiverName"] = "Synthetic Clearinghouse",
            [$"{ClaimBatchesApi.SettingsSection}:ReceiverId"] = "SYNCH",
            [$"{ClaimBatchesApi.SettingsSection}:InterchangeSenderId"] = "SYNBILL",
        }).Build();
        var prepared = await ClaimBatchesApi.PrepareAsync(new CreateBatchRequest(ClaimKind.Professional, ids), db, config, TimeProvider.System, Ct);
        var refusal = Assert.IsType<ProblemHttpResult>(prepared.Refusal);
        Assert.Equal(422, refusal.StatusCode);
        Assert.Equal("https://claimsmith.dev/problems/batch-invalid", refusal.ProblemDetails.Type);
        Assert.True(refusal.ProblemDetails.Extensions.TryGetValue("errors", out var errors) && errors is Array { Length: > 0 });
        Assert.Null(prepared.Export);
        Assert.Equal(ClaimStatus.Ready, (await db.Claims.AsNoTracking().SingleAsync(c => c.Id == ids[0], Ct)).Status);
        Assert.False(await db.ClaimBatchClaims.AnyAsync(c => c.ClaimId == ids[0], Ct));
    }

    [Fact]
    public async Task Batch_ConflictAtSave_LeavesNoClaimSubmittedWithoutItsBatch()
    {
        var ids = (await ReadyClaimsAsync(3)).Select(Guid.Parse).ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var config = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var prepared = await ClaimBatchesApi.PrepareAsync(new CreateBatchRequest(ClaimKind.Professional, ids), db, config, TimeProvider.System, Ct);
        Assert.NotNull(prepared.Export);
        var batches = await CountBatchesAsync();

        // Someone else saves the last claim between the export and the recording.
        await using (var other = factory.Services.CreateAsyncScope())
        {
            var otherDb = other.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
            var lastId = ids[^1];
            var claim = await otherDb.Claims.SingleAsync(c => c.Id == lastId, Ct);
            claim.PriorAuthorization = "PA-CHANGED";
            await otherDb.SaveChangesAsync(Ct);
        }

        var batch = await ClaimBatchesApi.CommitAsync(db, prepared.Claims!, prepared.Export!, prepared.ControlNumber, "biller@claimsmith.test", TimeProvider.System, Ct);
        Assert.Null(batch);

        await using var check = factory.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var statuses = await checkDb.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Status).ToListAsync(Ct);
        Assert.All(statuses, s => Assert.Equal(ClaimStatus.Ready, s));
        Assert.False(await checkDb.ClaimStatusChanges.AnyAsync(h => ids.Contains(h.ClaimId) && h.To == ClaimStatus.Submitted, Ct));
        Assert.False(await checkDb.ClaimBatchClaims.AnyAsync(c => ids.Contains(c.ClaimId), Ct));
        Assert.Equal(batches, await CountBatchesAsync());

        // Every Submitted claim in the database belongs to a batch.
        Assert.False(await checkDb.Claims.AnyAsync(c => c.Status == ClaimStatus.Submitted && !checkDb.ClaimBatchClaims.Any(b => b.ClaimId == c.Id), Ct));
    }

    private async Task<int> CountBatchesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>().ClaimBatches.CountAsync(Ct);
    }
}

public sealed class SqliteClaimBatchesApiTests(ClaimsmithWebFactory factory) : ClaimBatchesApiTests(factory), IClassFixture<ClaimsmithWebFactory>;

public sealed class PostgresClaimBatchesApiTests(PostgresClaimsmithWebFactory factory) : ClaimBatchesApiTests(factory), IClassFixture<PostgresClaimsmithWebFactory>;
