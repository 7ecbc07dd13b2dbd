using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Claimsmith.Billing;
using Claimsmith.Data;
using Claimsmith.Data.Audit;
using Claimsmith.Data.Security;
using Claimsmith.Web.Jobs;
using Claimsmith.Web.Remittance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Claimsmith.Web.Tests.Remittance;

/// <summary>
/// The workbench's 835 upload, preview and background posting endpoints: a preview in words with
/// the matched claim and patient and the check balance, a job that posts and reports its progress
/// while the uploading request is long gone, clear errors for bad input, roles, and the audit log.
/// </summary>
public sealed class RemittanceUploadsApiTests(ClaimsmithWebFactory factory) : IClassFixture<ClaimsmithWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Claim> SeedAsync(string last, string first)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await RemittanceSeed.SubmittedClaimAsync(scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>(), TimeProvider.System, last, first, Ct);
    }

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> UploadAsync(HttpClient client, byte[] content, string name = "payer.835")
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync(new Uri("/api/remittances/uploads?name=" + Uri.EscapeDataString(name), UriKind.Relative), body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text) : null);
    }

    private static async Task<JsonNode> WaitForJobAsync(HttpClient client, string jobId)
    {
        for (var i = 0; i < 300; i++)
        {
            var (status, job, _) = await client.SendAsync(HttpMethod.Get, "/api/remittances/jobs/" + jobId);
            Assert.Equal(HttpStatusCode.OK, status);
            if (job!["state"]!.GetValue<string>() is "Completed" or "Failed")
            {
                return job;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail("The posting job did not finish within 30 seconds.");
        return null!;
    }

    [Fact]
    public async Task Upload_PreviewsInWords_ThenTheJobPostsAfterTheRequestIsGone_AndReportsProgress()
    {
        var claim = await SeedAsync("Quill", "Nia");
        var trace = RemittanceSeed.Trace();
        var file = RemittanceSeed.File(trace, RemittanceSeed.PartialPayment(claim));

        string jobId;
        using (var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller))
        {
            var (status, preview) = await UploadAsync(biller, file, "march.835");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(preview!["canPost"]!.GetValue<bool>());
            Assert.Equal(1, preview["totalClaims"]!.GetValue<int>());
            var remittance = preview["remittances"]![0]!;
            Assert.Equal(trace, remittance["traceNumber"]!.GetValue<string>());
            Assert.True(remittance["checkBalances"]!.GetValue<bool>());
            Assert.Contains("balances", remittance["checkBalance"]!.GetValue<string>(), StringComparison.Ordinal);
            var c = remittance["claims"]![0]!;
            Assert.Equal(claim.Id.ToString(), c["claimId"]!.GetValue<string>());
            Assert.Equal("Quill, Nia", c["patient"]!.GetValue<string>());
            Assert.Equal("Posted", c["outcome"]!.GetValue<string>());
            var reasons = c["explanation"]!["patientReasons"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).Order().ToList();
            Assert.Equal(["PR-1", "PR-2", "PR-3"], reasons);

            // Nothing is posted by a preview.
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
                Assert.False(await db.RemittanceAdvices.AnyAsync(r => r.TraceNumber == trace, Ct));
            }

            var (started, job, response) = await biller.SendAsync(HttpMethod.Post, $"/api/remittances/uploads/{preview["id"]}/post", new { });
            Assert.Equal(HttpStatusCode.Accepted, started);
            Assert.Equal($"/api/remittances/jobs/{job!["id"]}", response.Headers.Location?.OriginalString);
            jobId = job["id"]!.GetValue<string>();
        }

        // The client that started it is gone; another session follows the job to its end.
        using var other = await factory.SignInAsync(ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller));
        var done = await WaitForJobAsync(other, jobId);
        Assert.Equal("Completed", done["state"]!.GetValue<string>());
        Assert.Equal(1, done["claimsDone"]!.GetValue<int>());
        Assert.Equal(1, done["posted"]!.GetValue<int>());
        Assert.Equal("Done: 1 of 1 claims handled.", done["progress"]!.GetValue<string>());
        Assert.Contains("1 claim payment(s) posted", done["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var (listed, list, _) = await other.SendAsync(HttpMethod.Get, "/api/remittances/jobs");
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Contains(list!.AsArray(), j => j!["id"]!.GetValue<string>() == jobId);

        await using var check = factory.Services.CreateAsyncScope();
        var read = check.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        var advice = await read.RemittanceAdvices.AsNoTracking().SingleAsync(r => r.TraceNumber == trace, Ct);
        Assert.Equal(advice.Id.ToString(), done["remittanceIds"]![0]!.GetValue<string>());
        Assert.Equal(ClaimStatus.Paid, (await read.Claims.AsNoTracking().SingleAsync(x => x.Id == claim.Id, Ct)).Status);
        Assert.Equal(Money.Of(150m), (await read.ClaimBalanceAsync(claim.Id, Ct)).Patient);

        // Audited: the upload, the claims its preview named, the start and the status reads.
        var actions = await read.AuditEntries.AsNoTracking().Where(e => e.UserName == ClaimsmithWebFactory.Email(ClaimsmithRoles.Biller) && e.RecordType != null)
            .Select(e => new { e.Action, e.RecordIds, e.Outcome }).ToListAsync(Ct);
        Assert.Contains(actions, a => a.Action == "remittance-upload.create" && a.Outcome == AuditOutcome.Success);
        Assert.Contains(actions, a => a.Action == "remittance-upload.preview.claims" && a.RecordIds!.Contains(claim.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains(actions, a => a.Action.StartsWith("remittance-upload.post", StringComparison.Ordinal) && a.RecordIds!.Contains(jobId, StringComparison.Ordinal));
        Assert.Contains(actions, a => a.Action == "remittance-job.read" && a.RecordIds!.Contains(jobId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_BadInput_AnswersInWords()
    {
        using var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        var (empty, problem) = await UploadAsync(biller, []);
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("empty", problem!["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        // Larger than the host's default 4 MB body limit but within the upload's own: read, found not to be an 835, nothing to post.
        var junk = new byte[5 * 1024 * 1024];
        Array.Fill(junk, (byte)'A');
        var (read, preview) = await UploadAsync(biller, junk);
        Assert.Equal(HttpStatusCode.OK, read);
        Assert.False(preview!["canPost"]!.GetValue<bool>());
        Assert.NotEmpty(preview["readIssues"]!.AsArray());

        var (tooLarge, large) = await UploadAsync(biller, new byte[(int)RemittanceUploadsApi.MaxUploadBytes + 1]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Contains("at most 64 MB", large!["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var (gone, missing, _) = await biller.SendAsync(HttpMethod.Post, $"/api/remittances/uploads/{Guid.CreateVersion7()}/post", new { });
        Assert.Equal(HttpStatusCode.NotFound, gone);
        Assert.Contains("Upload the file again", missing!["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var (unknownJob, _, _) = await biller.SendAsync(HttpMethod.Get, $"/api/remittances/jobs/{Guid.CreateVersion7()}");
        Assert.Equal(HttpStatusCode.NotFound, unknownJob);
    }

    [Fact]
    public async Task Roles_WithoutThePolicy_Get403_AndAnUploadIsPostedOnlyByWhoUploadedIt()
    {
        var claim = await SeedAsync("Brook", "Ivo");
        var file = RemittanceSeed.File(RemittanceSeed.Trace(), RemittanceSeed.PartialPayment(claim));
        using var auditor = await factory.ClientAsAsync(ClaimsmithRoles.Auditor);
        using var coder = await factory.ClientAsAsync(ClaimsmithRoles.Coder);
        using var admin = await factory.ClientAsAsync(ClaimsmithRoles.Admin);
        using var biller = await factory.ClientAsAsync(ClaimsmithRoles.Biller);

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(auditor, file)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await coder.SendAsync(HttpMethod.Get, "/api/remittances/jobs")).Status);
        Assert.Equal(HttpStatusCode.OK, (await auditor.SendAsync(HttpMethod.Get, "/api/remittances/jobs")).Status);

        var (_, preview) = await UploadAsync(biller, file);
        var id = preview!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.SendAsync(HttpMethod.Post, $"/api/remittances/uploads/{id}/post", new { })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SendAsync(HttpMethod.Post, $"/api/remittances/uploads/{id}/post", new { })).Status);
        var (accepted, job, _) = await biller.SendAsync(HttpMethod.Post, $"/api/remittances/uploads/{id}/post", new { });
        Assert.Equal(HttpStatusCode.Accepted, accepted);
        Assert.Equal("Completed", (await WaitForJobAsync(biller, job!["id"]!.GetValue<string>()))["state"]!.GetValue<string>());

        // Posted once: the same upload cannot start a second job.
        Assert.Equal(HttpStatusCode.NotFound, (await biller.SendAsync(HttpMethod.Post, $"/api/remittances/uploads/{id}/post", new { })).Status);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsmithDbContext>();
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(e => e.UserName == ClaimsmithWebFactory.Email(ClaimsmithRoles.Auditor)).Select(e => e.Action).ToListAsync(Ct), a => a == "access.denied");
    }

    [Fact]
    public void Job_ReportsProgressInWords_WhileRunning()
    {
        var job = new RemittancePostingJob(Guid.CreateVersion7(), "big.835", [1], 3, "biller", OrganizationScope.Unrestricted, null, DateTimeOffset.UnixEpoch);
        Assert.Equal("Waiting to start: 3 claim payment(s) to post.", job.View().Progress);
        job.Started(DateTimeOffset.UnixEpoch);
        job.ClaimDone(1);
        Assert.Equal("1 of 3 claims posted.", job.View().Progress);
        job.ClaimDone(2);
        Assert.Equal((PostingJobState.Running, 2), (job.View().State, job.View().ClaimsDone));
        Assert.True(job.VisibleTo("BILLER", OrganizationScope.None));
        Assert.False(job.VisibleTo("someone-else", OrganizationScope.Of("u", [Guid.CreateVersion7()])));
    }

    [Fact]
    public async Task Worker_ReportsAnUnreadableFile_AndAFailure_InWords()
    {
        using var runner = new WorkbenchJobs(factory.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<WorkbenchJobs>.Instance);
        var jobs = new RemittancePostingJobs(runner, TimeProvider.System);
        var staged = jobs.Stage("junk.835", "not an interchange"u8.ToArray(), 0, "biller");
        var job = jobs.Start(staged.Id, "biller", OrganizationScope.Unrestricted, null)!;
        await job.Job.Completion.WaitAsync(Ct);
        Assert.Equal(PostingJobState.Completed, job.View().State);
        Assert.StartsWith("Nothing was posted: the file is not a readable 835.", job.View().Message, StringComparison.Ordinal);

        // A host without a database: the job fails, says so in words and keeps the runner alive.
        var empty = new ServiceCollection().BuildServiceProvider();
        using var brokenRunner = new WorkbenchJobs(empty.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<WorkbenchJobs>.Instance);
        var broken = new RemittancePostingJobs(brokenRunner, TimeProvider.System);
        var again = broken.Start(broken.Stage("junk.835", [1, 2, 3], 1, "biller").Id, "biller", OrganizationScope.Unrestricted, null)!;
        await again.Job.Completion.WaitAsync(Ct);
        var view = again.View();
        Assert.Equal(PostingJobState.Failed, view.State);
        Assert.Contains("Every claim posted so far is complete; post the same file again to resume", view.Message, StringComparison.Ordinal);
        Assert.Equal("Stopped after 0 of 1 claims.", view.Progress);
        await empty.DisposeAsync();
    }
}
